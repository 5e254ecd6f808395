package nl.waakzaam.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.access.application.CurrentReporter;
import nl.waakzaam.access.domain.FollowUpSession;
import nl.waakzaam.feedback.domain.ReporterNotices;
import nl.waakzaam.feedback.domain.ReporterStatus;
import nl.waakzaam.feedback.domain.ReporterTimeline;
import nl.waakzaam.intake.application.ReceiptCodeHasher;
import nl.waakzaam.intake.domain.ReceiptCode;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalRepository;

/**
 * A reporter's follow-up: the receipt code opens a short session, the session shows the signal's
 * status, timeline and conversation with the platform, the reporter can reply or add information,
 * and leaving ends it.
 */
@ApplicationScoped
public class FollowUp {

  private static final int TOKEN_BYTES = 32;

  private SignalRepository signals;
  private CurrentReporter reporter;
  private ReceiptCodeHasher hasher;
  private FailedAttempts failedAttempts;
  private ReporterConversation conversation;
  private ReporterNotices notices;
  private Settings settings;
  private Clock clock;

  protected FollowUp() {}

  @Inject
  public FollowUp(
      SignalRepository signals,
      CurrentReporter reporter,
      ReceiptCodeHasher hasher,
      FailedAttempts failedAttempts,
      ReporterConversation conversation,
      ReporterNotices notices,
      Settings settings,
      Clock clock) {
    this.signals = signals;
    this.reporter = reporter;
    this.hasher = hasher;
    this.failedAttempts = failedAttempts;
    this.conversation = conversation;
    this.notices = notices;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Opens a session for the signal of {@code receiptCode}.
   *
   * @param client the caller's network, used only to count wrong codes (as a keyed hash)
   */
  @Transactional
  public FollowUpToken open(String receiptCode, String client) {
    failedAttempts.checkAllowed(client);
    Optional<Signal> signal =
        ReceiptCode.parse(receiptCode).map(hasher::hash).flatMap(signals::findByReceiptCodeHash);
    if (signal.isEmpty()) {
      failedAttempts.recordFailure(client);
      throw new ReceiptCodeRejectedException();
    }
    String token = Randomness.token(TOKEN_BYTES);
    FollowUpSession session = reporter.open(FollowUpSession.hashOf(token), signal.get());
    notices.looked(signal.get(), clock.instant());
    return new FollowUpToken(token, session.expiresAt());
  }

  /**
   * The reporter's view of the signal of an open session; using the session extends it. The
   * reporter of a duplicate folded into another follows the survivor from the merge on: its status,
   * its outcome and its timeline, under their own reference, with nothing that tells of the merge.
   */
  @Transactional
  public ReporterView view(String token) {
    Signal signal = use(token);
    Optional<Signal> survivor = signals.survivorOf(signal);
    Signal followed = survivor.orElse(signal);
    List<ReporterTimeline.Entry> timeline =
        survivor.isPresent()
            ? ReporterTimeline.following(
                signal.history(), followed.history(), signal.mergedAt().orElseThrow())
            : ReporterTimeline.of(signal.history());
    return new ReporterView(
        signal.reference(),
        signal.report().kind(),
        ReporterStatus.of(followed.status()),
        followed.handling().outcome(),
        followed.handling().outcomeText(),
        timeline.get(0).on(),
        timeline,
        followed.partnersForReporter());
  }

  /**
   * The conversation about the signal of an open session, oldest message first; for a duplicate,
   * what the platform wrote about the survivor since the merge follows its own.
   */
  @Transactional
  public List<ReporterMessage> messages(String token) {
    Signal signal = use(token);
    return signals
        .survivorOf(signal)
        .map(s -> conversation.following(signal, s, signal.mergedAt().orElseThrow()))
        .orElseGet(() -> conversation.of(signal));
  }

  /**
   * The reporter writes to the platform: a reply when the platform asked a question and waits for
   * the answer (the signal then goes back into triage), else added information. A duplicate's
   * reporter writes about their own signal, and the survivor, where staff now work, has the news.
   */
  @Transactional
  public ReporterMessage write(String token, String text) {
    Signal signal = use(token);
    ReporterMessage written = conversation.write(signal, text, Actor.reporter());
    signals.survivorOf(signal).ifPresent(conversation::newsFromDuplicate);
    return written;
  }

  /** Whether {@code text} can be a message: 1 to 5,000 characters of plain text, not all blank. */
  public static boolean isMessage(String text) {
    return ReporterConversation.isMessage(text);
  }

  /** The reporter leaves: the session ends now. */
  @Transactional
  public void end(String token) {
    reporter.end(token);
  }

  /**
   * The reporter uses the session: it is extended, and what the platform wrote counts as seen, so
   * that the next news may be noticed by e-mail again.
   */
  private Signal use(String token) {
    Signal signal = reporter.signal(token);
    notices.looked(signal, clock.instant());
    return signal;
  }
}
