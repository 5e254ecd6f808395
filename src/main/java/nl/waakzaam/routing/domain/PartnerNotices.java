package nl.waakzaam.routing.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox of the content-free mails that tell a partner's functional mailbox a package waits:
 * one per package, pending from the forwarding's transaction until the mail server took it.
 */
public interface PartnerNotices {

  /** A mail to send: for which package, to which mailbox. */
  record Due(UUID packageId, String mailbox) {}

  /** Claims up to {@code limit} pending notices until the transaction ends; others skip them. */
  List<Due> claimPending(int limit);

  void sent(UUID packageId, Instant at);

  /**
   * One more failed try; after {@code maxAttempts} the notice is given up (the inbox still has it).
   */
  void failed(UUID packageId, int maxAttempts);
}
