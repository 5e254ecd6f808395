package nl.waakzaam.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.feedback.domain.FollowUpSession;
import nl.waakzaam.feedback.domain.FollowUpSessionRepository;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.feedback.domain.MessageRepository;
import nl.waakzaam.feedback.domain.ReporterNotices;
import nl.waakzaam.feedback.domain.ReporterStatus;
import nl.waakzaam.feedback.domain.ReporterTimeline;
import nl.waakzaam.intake.application.ReceiptCodeHasher;
import nl.waakzaam.intake.domain.ReceiptCode;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.PlainText;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.signal.domain.Actor;
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
  private FollowUpSessionRepository sessions;
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
      FollowUpSessionRepository sessions,
      ReceiptCodeHasher hasher,
      FailedAttempts failedAttempts,
      MessageRepository messages,
      ReporterNotices notices,
      Settings settings,
      Clock clock) {
    this.signals = signals;
    this.sessions = sessions;
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
   * @param clientAddress the caller's network address, used only to count wrong codes in memory
   */
  @Transactional
  public FollowUpToken open(String receiptCode, String clientAddress) {
    failedAttempts.checkAllowed(clientAddress);
    Optional<Signal> signal =
        ReceiptCode.parse(receiptCode).map(hasher::hash).flatMap(signals::findByReceiptCodeHash);
    if (signal.isEmpty()) {
      failedAttempts.recordFailure(clientAddress);
      throw new ReceiptCodeRejectedException();
    }
    String token = Randomness.token(TOKEN_BYTES);
    FollowUpSession session =
        FollowUpSession.open(hashOf(token), signal.get(), clock.instant(), idleTimeout());
    sessions.add(session);
    notices.looked(signal.get(), clock.instant());
    return new FollowUpToken(token, session.expiresAt());
  }

  /** The reporter's view of the signal of an open session; using the session extends it. */
  @Transactional
  public ReporterView view(String token) {
    Signal signal = use(activeSession(token));
    List<ReporterTimeline.Entry> timeline = ReporterTimeline.of(signal.history());
    return new ReporterView(
        signal.reference(),
        signal.kind(),
        ReporterStatus.of(signal.status()),
        signal.outcome(),
        signal.outcomeText(),
        timeline.get(0).on(),
        timeline);
  }

  /**
   * The signal of an open session, for what the reporter does with it elsewhere (adding a file);
   * using the session extends it.
   *
   * @throws FollowUpSessionRejectedException when the session is not open
   */
  @Transactional
  public Signal signalOf(String token) {
    return use(activeSession(token));
  }

  /** The conversation about the signal of an open session, oldest message first. */
  @Transactional
  public List<ReporterMessage> messages(String token) {
    return messages.of(use(activeSession(token))).stream().map(ReporterMessage::of).toList();
  }

  /**
   * The reporter writes to the platform: a reply when the platform asked a question and waits for
   * the answer (the signal then goes back into triage), else added information.
   */
  @Transactional
  public ReporterMessage write(String token, String text) {
    FollowUpSession session = activeSession(token);
    if (!isMessage(text)) {
      throw new MessageRejectedException();
    }
    Instant now = clock.instant();
    Signal signal = use(session);
    int sequence = messages.nextSequenceNumber(signal);
    boolean answersQuestion = signal.status() == SignalStatus.AWAITING_REPORTER;
    Message.Kind kind = answersQuestion ? Message.Kind.REPLY : Message.Kind.ADDITION;
    Message message = Message.fromReporter(signal, sequence, kind, text, now);
    messages.add(message);
    signal.reporterWrote(now);
    if (answersQuestion) {
      signal.resumeTriage(Actor.reporter(), now);
    }
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
    sessions.remove(activeSession(token));
  }

  /**
   * The reporter uses the session: it is extended, and what the platform wrote counts as seen, so
   * that the next news may be noticed by e-mail again.
   */
  private Signal use(FollowUpSession session) {
    Instant now = clock.instant();
    session.extend(now, idleTimeout());
    notices.looked(session.signal(), now);
    return session.signal();
  }

  private FollowUpSession activeSession(String token) {
    if (token == null || token.isBlank()) {
      throw new FollowUpSessionRejectedException();
    }
    Instant now = clock.instant();
    return sessions
        .findByTokenHash(hashOf(token))
        .filter(s -> s.isActiveAt(now))
        .orElseThrow(FollowUpSessionRejectedException::new);
  }

  private Duration idleTimeout() {
    return settings.duration(Setting.FOLLOWUP_IDLE_TIMEOUT);
  }

  /** Tokens are 256 random bits: a plain hash is enough to keep them out of the database. */
  static String hashOf(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
