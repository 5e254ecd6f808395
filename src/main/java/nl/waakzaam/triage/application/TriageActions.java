package nl.waakzaam.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.feedback.application.FollowUp;
import nl.waakzaam.feedback.application.MessageRejectedException;
import nl.waakzaam.feedback.application.ReporterNews;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.feedback.domain.MessageRepository;
import nl.waakzaam.routing.domain.Partner;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Category;
import nl.waakzaam.signal.domain.Outcome;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.signal.domain.SignalStatus;
import nl.waakzaam.signal.domain.TraceabilityCheck;
import nl.waakzaam.signal.domain.UnknownSignalException;
import nl.waakzaam.triage.domain.StaffDirectory;

/**
 * What staff of a signal's region do with it, each in one transaction with its history event and
 * its audit record: take it into triage, assign it, classify it, check whether it could identify
 * its reporter, ask its reporter a question, tell its reporter something, route it, close it,
 * reject it. What the reporter will read also sets off a content-free notice to a reporter who left
 * an e-mail address. A step the signal's status does not allow is refused as an illegal transition;
 * nothing is changed then.
 */
@ApplicationScoped
public class TriageActions {

  /** The longest reason kept with a status change. */
  public static final int MAX_REASON = 2_000;

  private CurrentUser user;
  private SignalRepository signals;
  private MessageRepository messages;
  private StaffDirectory staffDirectory;
  private ServiceLevels serviceLevels;
  private AuditTrail audit;
  private Event<ReporterNews> news;
  private Clock clock;

  protected TriageActions() {}

  @Inject
  TriageActions(
      CurrentUser user,
      SignalRepository signals,
      MessageRepository messages,
      StaffDirectory staffDirectory,
      ServiceLevels serviceLevels,
      AuditTrail audit,
      Event<ReporterNews> news,
      Clock clock) {
    this.user = user;
    this.signals = signals;
    this.messages = messages;
    this.staffDirectory = staffDirectory;
    this.serviceLevels = serviceLevels;
    this.audit = audit;
    this.news = news;
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
    news.fire(new ReporterNews(signal));
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
    Instant now = clock.instant();
    signal.reporterHeard(now);
    audit(AuditAction.MESSAGE_SENT, signal);
    write(signal, Message.Kind.INFORMATION, text, staff, now);
    news.fire(new ReporterNews(signal));
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
    requireReason(reason);
    StaffMember staff = user.staff();
    Signal signal = signal(reference, staff);
    signal.reject(Actor.staff(staff.subject()), reason.strip(), clock.instant());
    audit(AuditAction.SIGNAL_REJECTED, signal);
    news.fire(new ReporterNews(signal));
    return signal;
  }

  /**
   * Hands a signal to a colleague (or oneself), or takes it off anyone with an empty assignee.
   *
   * @throws AssigneeUnknownException when {@code assignee} never handled signals of the region
   */
  @Transactional
  public Signal assign(SignalReference reference, Optional<String> assignee) {
    StaffMember staff = user.staff();
    Signal signal = signal(reference, staff);
    if (assignee.isPresent()
        && !assignee.get().equals(staff.name())
        && !staffDirectory.mayHandle(assignee.get(), signal.region())) {
      throw new AssigneeUnknownException();
    }
    signal.assign(assignee.orElse(null), Actor.staff(staff.subject()), clock.instant());
    audit(AuditAction.SIGNAL_ASSIGNED, signal);
    return signal;
  }

  /**
   * Sets what a signal is about and how urgent it is, with the reason; its time limits follow the
   * new priority, counted from its receipt.
   */
  @Transactional
  public Signal classify(
      SignalReference reference, Category category, Priority priority, String reason) {
    requireReason(reason);
    StaffMember staff = user.staff();
    Signal signal = signal(reference, staff);
    signal.classify(
        category,
        priority,
        reason.strip(),
        serviceLevels.deadlines(signal.receivedAt(), priority),
        Actor.staff(staff.subject()),
        clock.instant());
    audit(AuditAction.SIGNAL_CLASSIFIED, signal);
    return signal;
  }

  /**
   * Records whether the signal's content could identify its reporter and, if so, what must be
   * withheld from partners.
   *
   * @param withhold required when {@code identifying}
   */
  @Transactional
  public Signal checkTraceability(
      SignalReference reference, boolean identifying, Optional<String> withhold) {
    StaffMember staff = user.staff();
    Signal signal = signal(reference, staff);
    Instant now = clock.instant();
    TraceabilityCheck check;
    if (identifying) {
      String what = withhold.orElseThrow(ReasonRejectedException::new);
      requireReason(what);
      check = TraceabilityCheck.identifying(what, now, staff.name());
    } else {
      check = TraceabilityCheck.notIdentifying(now, staff.name());
    }
    signal.recordTraceability(check, Actor.staff(staff.subject()), now);
    audit(AuditAction.TRACEABILITY_CHECKED, signal);
    return signal;
  }

  /**
   * Forwards a signal to partners, after its traceability check.
   *
   * @throws nl.waakzaam.signal.domain.TraceabilityCheckMissingException without a check
   */
  @Transactional
  public Signal route(SignalReference reference, Set<Partner> partners, Optional<String> note) {
    note.ifPresent(TriageActions::requireReason);
    StaffMember staff = user.staff();
    Signal signal = signal(reference, staff);
    signal.route(
        Actor.staff(staff.subject()),
        partners,
        note.map(String::strip).orElse(null),
        clock.instant());
    audit(AuditAction.SIGNAL_ROUTED, signal);
    return signal;
  }

  /**
   * Closes a signal with an outcome and the text its reporter will read. Closing as forwarded needs
   * the traceability check.
   *
   * @throws MessageRejectedException when the text is empty, too long, or not plain text
   */
  @Transactional
  public Signal close(SignalReference reference, Outcome outcome, String outcomeText) {
    requireMessage(outcomeText);
    StaffMember staff = user.staff();
    Signal signal = signal(reference, staff);
    signal.close(Actor.staff(staff.subject()), outcome, outcomeText.strip(), clock.instant());
    audit(AuditAction.SIGNAL_CLOSED, signal);
    news.fire(new ReporterNews(signal));
    return signal;
  }

  private static void requireReason(String reason) {
    if (!FollowUp.isMessage(reason) || reason.length() > MAX_REASON) {
      throw new ReasonRejectedException();
    }
  }

  private void write(Signal signal, Message.Kind kind, String text, StaffMember staff, Instant at) {
    messages.add(
        Message.fromStaff(
            signal, messages.nextSequenceNumber(signal), kind, text, staff.subject(), at));
  }

  private Signal signal(SignalReference reference, StaffMember staff) {
    return signals
        .findInScopeForChange(reference, staff.scope())
        .orElseThrow(UnknownSignalException::new);
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
