package nl.waakzaam.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.feedback.application.FollowUp;
import nl.waakzaam.feedback.application.MessageRejectedException;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.feedback.domain.MessageRepository;
import nl.waakzaam.signal.application.SignalChanges;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Assignee;
import nl.waakzaam.signal.domain.Category;
import nl.waakzaam.signal.domain.ContentPart;
import nl.waakzaam.signal.domain.Outcome;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.ReasonRejectedException;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalStatus;
import nl.waakzaam.signal.domain.TraceabilityCheck;
import nl.waakzaam.triage.domain.StaffDirectory;

/**
 * What staff of a signal's region do with it, each in one transaction with its history event and
 * its audit record: take it into triage, assign it, classify it, check whether it could identify
 * its reporter, ask its reporter a question, tell its reporter something, route it, close it,
 * reject it. Each goes through {@link #act}: the signal of the caller's regions is loaded under a
 * lock, changed, audited, and its events fired (what the reporter will read sets off a content-free
 * notice to a reporter who left an e-mail address). A step the signal's status does not allow is
 * refused as an illegal transition; nothing is changed then.
 */
@ApplicationScoped
public class TriageActions {

  private CurrentUser user;
  private SignalChanges changes;
  private MessageRepository messages;
  private StaffDirectory staffDirectory;
  private ServiceLevels serviceLevels;
  private AuditTrail audit;
  private Clock clock;

  protected TriageActions() {}

  @Inject
  TriageActions(
      CurrentUser user,
      SignalChanges changes,
      MessageRepository messages,
      StaffDirectory staffDirectory,
      ServiceLevels serviceLevels,
      AuditTrail audit,
      Clock clock) {
    this.user = user;
    this.changes = changes;
    this.messages = messages;
    this.staffDirectory = staffDirectory;
    this.serviceLevels = serviceLevels;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Takes a received signal into triage; whoever takes it handles it from then on, unless a
   * colleague was assigned to it already.
   */
  @Transactional
  public StaffActionDone take(SignalReference reference) {
    return act(
        reference,
        AuditAction.SIGNAL_TAKEN_INTO_TRIAGE,
        step -> {
          Signal signal = step.signal();
          signal.startTriage(step.actor(), step.now());
          if (signal.handling().assignee().isEmpty()) {
            signal.assign(
                Optional.of(Assignee.named(step.staff().name())), step.actor(), step.now());
          }
        });
  }

  /**
   * Asks the reporter a question; the signal then waits for the answer. A received signal is taken
   * into triage first, as the question shows it is being looked at.
   *
   * @throws MessageRejectedException when the text is empty, too long, or not plain text
   */
  @Transactional
  public StaffActionDone ask(SignalReference reference, String question) {
    requireMessage(question);
    return act(
        reference,
        AuditAction.QUESTION_ASKED,
        step -> {
          if (step.signal().status() == SignalStatus.RECEIVED) {
            step.signal().startTriage(step.actor(), step.now());
          }
          step.signal().awaitReporter(step.actor(), step.now());
          write(step, Message.Kind.QUESTION, question);
        });
  }

  /**
   * Tells the reporter something, without waiting for an answer; the status stays as it is.
   *
   * @throws MessageRejectedException when the text is empty, too long, or not plain text
   */
  @Transactional
  public StaffActionDone inform(SignalReference reference, String text) {
    requireMessage(text);
    return act(
        reference,
        AuditAction.MESSAGE_SENT,
        step -> {
          step.signal().inform(step.actor(), step.now());
          write(step, Message.Kind.INFORMATION, text);
        });
  }

  /**
   * Rejects a signal as abuse, spam or not a signal at all, with the reason kept in its history for
   * staff; the reporter reads that it was not taken up.
   *
   * @throws ReasonRejectedException when the reason is empty, too long, or not plain text
   */
  @Transactional
  public StaffActionDone reject(SignalReference reference, String reason) {
    requireReason(reason);
    return act(
        reference,
        AuditAction.SIGNAL_REJECTED,
        step -> step.signal().reject(step.actor(), reason.strip(), step.now()));
  }

  /**
   * Hands a signal to a colleague (or oneself), or takes it off anyone with an empty assignee.
   *
   * @throws AssigneeUnknownException when {@code assignee} never handled signals of the region
   */
  @Transactional
  public StaffActionDone assign(SignalReference reference, Optional<String> assignee) {
    return act(
        reference,
        AuditAction.SIGNAL_ASSIGNED,
        step -> {
          if (assignee.isPresent()
              && !assignee.get().equals(step.staff().name())
              && !staffDirectory.mayHandle(assignee.get(), step.signal().region())) {
            throw new AssigneeUnknownException();
          }
          step.signal().assign(assignee.map(Assignee::named), step.actor(), step.now());
        });
  }

  /**
   * Sets what a signal is about and how urgent it is, with the reason; its time limits follow the
   * new priority, counted from its receipt.
   */
  @Transactional
  public StaffActionDone classify(
      SignalReference reference, Category category, Priority priority, String reason) {
    requireReason(reason);
    return act(
        reference,
        AuditAction.SIGNAL_CLASSIFIED,
        step ->
            step.signal()
                .classify(
                    category,
                    priority,
                    reason.strip(),
                    serviceLevels.deadlines(step.signal().origin().receivedAt(), priority),
                    step.actor(),
                    step.now()));
  }

  /**
   * Records whether the signal's content could identify its reporter and, if so, what must be
   * withheld from partners.
   *
   * @param withhold required when {@code identifying}
   */
  @Transactional
  public StaffActionDone checkTraceability(
      SignalReference reference,
      boolean identifying,
      Optional<String> withhold,
      Set<ContentPart> withheldParts) {
    if (identifying) {
      requireReason(withhold.orElseThrow(ReasonRejectedException::new));
    }
    return act(
        reference,
        AuditAction.TRACEABILITY_CHECKED,
        step -> {
          String by = step.staff().name();
          TraceabilityCheck check =
              identifying
                  ? TraceabilityCheck.identifying(
                      withhold.orElseThrow(), withheldParts, step.now(), by)
                  : TraceabilityCheck.notIdentifying(step.now(), by);
          step.signal().recordTraceability(check, step.actor(), step.now());
        });
  }

  /**
   * Closes a signal with an outcome and the text its reporter will read. Closing as forwarded needs
   * the traceability check and a routing to a partner.
   *
   * @throws MessageRejectedException when the text is empty, too long, or not plain text
   */
  @Transactional
  public StaffActionDone close(SignalReference reference, Outcome outcome, String outcomeText) {
    requireMessage(outcomeText);
    return act(
        reference,
        AuditAction.SIGNAL_CLOSED,
        step -> step.signal().close(step.actor(), outcome, outcomeText.strip(), step.now()));
  }

  /** One staff action on one signal: who acts, as which actor, on what, at what moment. */
  private record Step(Signal signal, StaffMember staff, Actor actor, Instant now) {}

  /**
   * The one shape of every action: the signal of the caller's regions, locked, is changed by {@code
   * action}; its events are fired and the change is audited, all in the caller's transaction.
   */
  private StaffActionDone act(
      SignalReference reference, AuditAction audited, Consumer<Step> action) {
    StaffMember staff = user.staff();
    Actor actor = Actor.staff(staff.subject());
    Instant now = clock.instant();
    Signal signal =
        changes.change(
            reference, staff.scope(), s -> action.accept(new Step(s, staff, actor, now)));
    audit.record(
        audited, Optional.of(signal.reference()), Optional.of(signal.region()), Optional.empty());
    return StaffActionDone.of(signal);
  }

  private void write(Step step, Message.Kind kind, String text) {
    messages.add(
        Message.fromStaff(
            step.signal(),
            messages.nextSequenceNumber(step.signal()),
            kind,
            text,
            step.staff().subject(),
            step.now()));
  }

  private static void requireReason(String reason) {
    ReasonRejectedException.required(reason);
  }

  private static void requireMessage(String text) {
    if (!FollowUp.isMessage(text)) {
      throw new MessageRejectedException();
    }
  }
}
