package nl.waakzaam.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.access.application.CurrentReporter;
import nl.waakzaam.access.domain.FollowUpSession;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.feedback.domain.MessageRepository;
import nl.waakzaam.feedback.domain.ReporterNotices;
import nl.waakzaam.feedback.domain.ReporterStatus;
import nl.waakzaam.feedback.domain.ReporterTimeline;
import nl.waakzaam.intake.application.ReceiptCodeHasher;
import nl.waakzaam.intake.domain.ReceiptCode;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.PlainText;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.signal.application.SignalChanges;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.signal.domain.SignalStatus;

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
  private SignalChanges changes;
  private ReceiptCodeHasher hasher;
  private FailedAttempts failedAttempts;
  private MessageRepository messages;
  private ReporterNotices notices;
  private Settings settings;
  private Clock clock;

  protected FollowUp() {}

  @Inject
  public FollowUp(
      SignalRepository signals,
      CurrentReporter reporter,
      SignalChanges changes,
      ReceiptCodeHasher hasher,
      FailedAttempts failedAttempts,
      MessageRepository messages,
      ReporterNotices notices,
      Settings settings,
      Clock clock) {
    this.signals = signals;
    this.reporter = reporter;
    this.changes = changes;
    this.hasher = hasher;
    this.failedAttempts = failedAttempts;
    this.messages = messages;
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

  /** The reporter's view of the signal of an open session; using the session extends it. */
  @Transactional
  public ReporterView view(String token) {
    Signal signal = use(token);
    List<ReporterTimeline.Entry> timeline = ReporterTimeline.of(signal.history());
    return new ReporterView(
        signal.reference(),
        signal.report().kind(),
        ReporterStatus.of(signal.status()),
        signal.handling().outcome(),
        signal.handling().outcomeText(),
        timeline.get(0).on(),
        timeline);
  }

  /** The conversation about the signal of an open session, oldest message first. */
  @Transactional
  public List<ReporterMessage> messages(String token) {
    return messages.of(use(token)).stream().map(ReporterMessage::of).toList();
  }

  /**
   * The reporter writes to the platform: a reply when the platform asked a question and waits for
   * the answer (the signal then goes back into triage), else added information.
   */
  @Transactional
  public ReporterMessage write(String token, String text) {
    Signal signal = use(token);
    if (!isMessage(text)) {
      throw new MessageRejectedException();
    }
    Instant now = clock.instant();
    int sequence = messages.nextSequenceNumber(signal);
    boolean answersQuestion = signal.status() == SignalStatus.AWAITING_REPORTER;
    Message.Kind kind = answersQuestion ? Message.Kind.REPLY : Message.Kind.ADDITION;
    Message message = Message.fromReporter(signal, sequence, kind, text, now);
    messages.add(message);
    signal.reporterReplied(now);
    changes.publish(signal);
    return ReporterMessage.of(message);
  }

  /** Whether {@code text} can be a message: 1 to 5,000 characters of plain text, not all blank. */
  public static boolean isMessage(String text) {
    return text != null
        && !text.isBlank()
        && text.length() <= Message.MAX_LENGTH
        && PlainText.isPlain(text);
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
