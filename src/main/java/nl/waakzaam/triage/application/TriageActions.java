package nl.waakzaam.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.feedback.application.FollowUp;
import nl.waakzaam.feedback.application.MessageRejectedException;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.feedback.domain.MessageRepository;
import nl.waakzaam.intake.domain.Actor;
import nl.waakzaam.intake.domain.Signal;
import nl.waakzaam.intake.domain.SignalReference;
import nl.waakzaam.intake.domain.SignalRepository;
import nl.waakzaam.intake.domain.SignalStatus;
import nl.waakzaam.intake.domain.UnknownSignalException;

/**
 * What staff of a signal's region do with it, each in one transaction with its history event (where
 * the status changes) and its audit record: take it into triage, ask its reporter a question, tell
 * its reporter something, reject it. A step the signal's status does not allow is refused as an
 * illegal transition; nothing is changed then.
 */
@ApplicationScoped
public class TriageActions {

  /** The longest reason kept with a status change. */
  public static final int MAX_REASON = 2_000;

  private CurrentUser user;
  private SignalRepository signals;
  private MessageRepository messages;
  private AuditTrail audit;
  private Clock clock;

  protected TriageActions() {}

  @Inject
  TriageActions(
      CurrentUser user,
      SignalRepository signals,
      MessageRepository messages,
      AuditTrail audit,
      Clock clock) {
    this.user = user;
    this.signals = signals;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
  }

  /** Takes a received signal into triage. */
  @Transactional
  public Signal take(SignalReference reference) {
    StaffMember staff = user.staff();
    Signal signal = signal(reference, staff);
    signal.startTriage(Actor.staff(staff.subject()), clock.instant());
    audit(AuditAction.SIGNAL_TAKEN_INTO_TRIAGE, signal);
    return signal;
  }

  /**
   * Asks the reporter a question; the signal then waits for the answer. A received signal is taken
   * into triage first, as the question shows it is being looked at.
   *
   * @throws MessageRejectedException when the text is empty, too long, or not plain text
   */
  @Transactional
  public Signal ask(SignalReference reference, String question) {
    requireMessage(question);
    StaffMember staff = user.staff();
    Signal signal = signal(reference, staff);
    Instant now = clock.instant();
    Actor actor = Actor.staff(staff.subject());
    if (signal.status() == SignalStatus.RECEIVED) {
      signal.startTriage(actor, now);
    }
    signal.awaitReporter(actor, null, now);
    audit(AuditAction.QUESTION_ASKED, signal);
    write(signal, Message.Kind.QUESTION, question, staff, now);
    return signal;
  }

  /**
   * Tells the reporter something, without waiting for an answer; the status stays as it is.
   *
   * @throws MessageRejectedException when the text is empty, too long, or not plain text
   */
  @Transactional
  public Signal inform(SignalReference reference, String text) {
    requireMessage(text);
    StaffMember staff = user.staff();
    Signal signal = signal(reference, staff);
    audit(AuditAction.MESSAGE_SENT, signal);
    write(signal, Message.Kind.INFORMATION, text, staff, clock.instant());
    return signal;
  }

  /**
   * Rejects a signal as abuse, spam or not a signal at all, with the reason kept in its history for
   * staff; the reporter reads that it was not taken up.
   *
   * @throws ReasonRejectedException when the reason is empty, too long, or not plain text
   */
  @Transactional
  public Signal reject(SignalReference reference, String reason) {
    if (!FollowUp.isMessage(reason) || reason.length() > MAX_REASON) {
      throw new ReasonRejectedException();
    }
    StaffMember staff = user.staff();
    Signal signal = signal(reference, staff);
    signal.reject(Actor.staff(staff.subject()), reason.strip(), clock.instant());
    audit(AuditAction.SIGNAL_REJECTED, signal);
    return signal;
  }

  private void write(Signal signal, Message.Kind kind, String text, StaffMember staff, Instant at) {
    messages.add(
        Message.fromStaff(
            signal, messages.nextSequenceNumber(signal), kind, text, staff.subject(), at));
  }

  private Signal signal(SignalReference reference, StaffMember staff) {
    return signals.findInScope(reference, staff.scope()).orElseThrow(UnknownSignalException::new);
  }

  private void audit(AuditAction action, Signal signal) {
    audit.record(
        action, Optional.of(signal.reference()), Optional.of(signal.region()), Optional.empty());
  }

  private static void requireMessage(String text) {
    if (!FollowUp.isMessage(text)) {
      throw new MessageRejectedException();
    }
  }
}
