package nl.waakzaam.triage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionScope;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Assignee;
import nl.waakzaam.signal.domain.Category;
import nl.waakzaam.signal.domain.Deadlines;
import nl.waakzaam.signal.domain.IllegalTransitionException;
import nl.waakzaam.signal.domain.MergeRefusedException;
import nl.waakzaam.signal.domain.Outcome;
import nl.waakzaam.signal.domain.Partner;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalStatus;
import nl.waakzaam.signal.domain.SignalTestData;
import nl.waakzaam.signal.domain.TraceabilityCheck;
import nl.waakzaam.signal.domain.TraceabilityCheckMissingException;
import nl.waakzaam.signal.domain.TransferRefusedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The actions the console is offered are exactly those the aggregate accepts: for every status and
 * every action, {@link StaffAction#allowedIn} says yes where the signal's own verb does not refuse
 * the move, and no where it does.
 */
class StaffActionTest {

  private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
  private static final Actor STAFF = Actor.staff("analyst");
  private static final Signal SURVIVOR = SignalTestData.received(T0, 3);

  @ParameterizedTest
  @EnumSource(SignalStatus.class)
  void anActionIsOfferedExactlyWhereTheSignalAcceptsIt(SignalStatus status) {
    for (StaffAction action : StaffAction.values()) {
      Signal signal = in(status);
      boolean accepted;
      try {
        verb(action).accept(signal);
        accepted = true;
      } catch (IllegalTransitionException refused) {
        accepted = false;
      } catch (MergeRefusedException refused) {
        assertEquals(MergeRefusedException.Why.NOT_MERGED, refused.why(), action + " in " + status);
        accepted = false;
      } catch (TransferRefusedException refused) {
        // By status only a decided signal refuses an offer; the rest is about the offer itself.
        assertTrue(
            refused.why() == TransferRefusedException.Why.NOT_OPEN
                || refused.why() == TransferRefusedException.Why.NOT_OFFERED,
            action + " in " + status + ": " + refused.why());
        accepted = false;
      } catch (TraceabilityCheckMissingException otherRule) {
        // The status allows the move; the check is asked for before it is made.
        accepted = true;
      }
      assertEquals(accepted, action.allowedIn(status), action + " in " + status);
    }
  }

  @ParameterizedTest
  @EnumSource(SignalStatus.class)
  void onlyTheCallersPermissionsCount(SignalStatus status) {
    StaffMember analyst = staff(Permission.SIGNAL_READ, Permission.SIGNAL_TRIAGE);
    StaffMember reader = staff(Permission.SIGNAL_READ);

    Set<StaffAction> forAnalyst = StaffAction.allowed(status, analyst);

    assertEquals(Set.of(), StaffAction.allowed(status, reader));
    assertEquals(false, forAnalyst.contains(StaffAction.ROUTE), "routing is for coordinators");
    EnumSet<StaffAction> byStatus = EnumSet.noneOf(StaffAction.class);
    for (StaffAction a : StaffAction.values()) {
      if (a.allowedIn(status) && a.permission() == Permission.SIGNAL_TRIAGE) {
        byStatus.add(a);
      }
    }
    assertEquals(byStatus, forAnalyst);
  }

  @org.junit.jupiter.api.Test
  void whileOfferedTheOwnRegionMayWithdrawAndTheOtherOnlyAcceptOrReturn() {
    Signal signal = SignalTestData.received(T0); // of Midden-Nederland
    StaffMember home =
        staff(
            Region.MIDDEN_NEDERLAND,
            Permission.SIGNAL_READ,
            Permission.SIGNAL_TRIAGE,
            Permission.SIGNAL_ROUTE);
    StaffMember rotterdam =
        staff(
            Region.ROTTERDAM,
            Permission.SIGNAL_READ,
            Permission.SIGNAL_TRIAGE,
            Permission.SIGNAL_ROUTE);
    StaffMember analyst =
        staff(Region.MIDDEN_NEDERLAND, Permission.SIGNAL_READ, Permission.SIGNAL_TRIAGE);
    assertTrue(StaffAction.allowed(signal, home).contains(StaffAction.TRANSFER));
    assertEquals(false, StaffAction.allowed(signal, analyst).contains(StaffAction.TRANSFER));

    signal.offerTransfer(Region.ROTTERDAM, "De haven is Rotterdam.", "coordinator", STAFF, T0);

    Set<StaffAction> own = StaffAction.allowed(signal, home);
    assertTrue(own.contains(StaffAction.WITHDRAW_TRANSFER), own::toString);
    assertTrue(own.contains(StaffAction.TAKE_INTO_TRIAGE), "the work goes on meanwhile");
    assertEquals(false, own.contains(StaffAction.TRANSFER), "one offer at a time");
    assertEquals(false, own.contains(StaffAction.ACCEPT_TRANSFER));
    assertEquals(
        EnumSet.of(StaffAction.ACCEPT_TRANSFER, StaffAction.RETURN_TRANSFER),
        StaffAction.allowed(signal, rotterdam));
    assertEquals(
        Set.of(),
        StaffAction.allowed(
            signal, staff(Region.ROTTERDAM, Permission.SIGNAL_READ, Permission.SIGNAL_TRIAGE)),
        "an analyst of the other region decides nothing");
  }

  private static StaffMember staff(Permission... permissions) {
    return staff(Region.LIMBURG, permissions);
  }

  private static StaffMember staff(Region region, Permission... permissions) {
    return new StaffMember(
        "subject", "analyst", Set.of(), Set.of(permissions), new RegionScope(Set.of(region)));
  }

  /** The verb each action calls, as the triage actions call it. */
  private static Consumer<Signal> verb(StaffAction action) {
    return switch (action) {
      case TAKE_INTO_TRIAGE -> s -> s.startTriage(STAFF, T0);
      case ASSIGN -> s -> s.assign(Optional.of(Assignee.named("analyst")), STAFF, T0);
      case CLASSIFY ->
          s -> s.classify(Category.FRAUD, Priority.LOW, "why", new Deadlines(T0, T0), STAFF, T0);
      case CHECK_TRACEABILITY ->
          s -> s.recordTraceability(TraceabilityCheck.notIdentifying(T0, "a"), STAFF, T0);
      case ASK ->
          s -> {
            if (s.status() == SignalStatus.RECEIVED) {
              s.startTriage(STAFF, T0);
            }
            s.awaitReporter(STAFF, T0);
          };
      case INFORM -> s -> s.inform(STAFF, T0);
      case ROUTE -> s -> s.route(STAFF, Set.of(Partner.POLICE), null, T0);
      case CLOSE -> s -> s.close(STAFF, Outcome.NO_ACTION, "Nothing to do.", T0);
      case REJECT -> s -> s.reject(STAFF, "spam", T0);
      case MERGE -> s -> s.mergeInto(SignalTestData.received(T0, 2), "duplicate", STAFF, T0);
      case UNDO_MERGE -> s -> s.undoMerge(SURVIVOR, STAFF, T0);
      case TRANSFER -> s -> s.offerTransfer(Region.ROTTERDAM, "why", "a", STAFF, T0);
      case WITHDRAW_TRANSFER -> s -> s.withdrawTransfer(STAFF, T0);
      case ACCEPT_TRANSFER -> s -> s.acceptTransfer(STAFF, T0);
      case RETURN_TRANSFER -> s -> s.returnTransfer("why", STAFF, T0);
    };
  }

  /** A signal brought to {@code status} the way staff would bring it there. */
  private static Signal in(SignalStatus status) {
    Signal s = SignalTestData.received(T0);
    switch (status) {
      case RECEIVED -> {}
      case IN_TRIAGE -> s.startTriage(STAFF, T0);
      case AWAITING_REPORTER -> {
        s.startTriage(STAFF, T0);
        s.awaitReporter(STAFF, T0);
      }
      case ROUTED -> {
        s.startTriage(STAFF, T0);
        s.recordTraceability(TraceabilityCheck.notIdentifying(T0, "a"), STAFF, T0);
        s.route(STAFF, Set.of(Partner.RIEC), null, T0);
      }
      case CLOSED -> {
        s.startTriage(STAFF, T0);
        s.close(STAFF, Outcome.ADVICE_GIVEN, "Advice.", T0);
      }
      case REJECTED -> s.reject(STAFF, "spam", T0);
      case MERGED -> s.mergeInto(SURVIVOR, "duplicate", STAFF, T0);
    }
    return s;
  }
}
