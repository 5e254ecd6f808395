package nl.waakzaam.feedback.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.waakzaam.signal.domain.Signal;

/**
 * The outbox of content-free notices to reporters: what to send, and what was sent. One notice per
 * signal is pending at most, and after one is sent the next waits until the reporter has looked.
 */
public interface ReporterNotices {

  /** There is news for the reporter of {@code signal}: a notice is due unless one still is. */
  void request(Signal signal, Instant at);

  /** The reporter opened the follow-up: the next news may be noticed again. */
  void looked(Signal signal, Instant at);

  /**
   * Claims up to {@code limit} pending notices (locked until the transaction ends; others skip
   * them) with the address to send each to.
   */
  List<Due> claimPending(int limit);

  /** The notice of {@code signalId} was delivered to the SMTP server. */
  void sent(UUID signalId, Instant at);

  /** Sending failed; after {@code maxAttempts} the notice is given up. */
  void failed(UUID signalId, int maxAttempts);

  /** A pending notice: for which signal, to which address. */
  record Due(UUID signalId, String email) {}
}
