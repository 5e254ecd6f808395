package nl.waakzaam.signal.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;

/**
 * Something that happened to a signal, named for what it was. The signal records one for every
 * change it makes; the application service that made the change fires them as CDI events inside its
 * transaction, so an observer writing to the database (the service clock, the reporter's notice, a
 * webhook outbox) commits or rolls back with the change itself. An event carries the reference, the
 * region, the status after the change, the actor and the moment, and never the reporter's content:
 * whoever needs more loads the signal in its own scope.
 */
public sealed interface SignalEvent {

  SignalReference reference();

  Region region();

  /** The status after the change. */
  SignalStatus status();

  Actor actor();

  Instant at();

  /** How the signal makes an event that carries nothing but what every event carries. */
  @FunctionalInterface
  interface Plain {
    SignalEvent of(
        SignalReference reference, Region region, SignalStatus status, Actor actor, Instant at);
  }

  /** Whether the reporter will read something new on the follow-up page because of it. */
  default boolean isNewsForReporter() {
    return false;
  }

  /**
   * A new signal was stored, under its reference, in its region; {@code signalId} lets an observer
   * in the receiving transaction take the very signal being stored ({@link
   * SignalRepository#received}).
   */
  record Received(
      SignalReference reference,
      Region region,
      SignalStatus status,
      Actor actor,
      Instant at,
      SignalKind kind,
      UUID signalId)
      implements SignalEvent {}

  /** Staff took the signal into triage. */
  record TakenIntoTriage(
      SignalReference reference, Region region, SignalStatus status, Actor actor, Instant at)
      implements SignalEvent {}

  /** Staff handed the signal to a colleague, to themselves, or to nobody. */
  record Assigned(
      SignalReference reference, Region region, SignalStatus status, Actor actor, Instant at)
      implements SignalEvent {}

  /** Staff judged the signal's category and priority; its deadlines followed. */
  record Classified(
      SignalReference reference,
      Region region,
      SignalStatus status,
      Actor actor,
      Instant at,
      Priority priority)
      implements SignalEvent {}

  /** Staff recorded whether the signal could identify its reporter. */
  record TraceabilityChecked(
      SignalReference reference, Region region, SignalStatus status, Actor actor, Instant at)
      implements SignalEvent {}

  /** Staff asked the reporter a question; the signal waits for the answer. */
  record QuestionAsked(
      SignalReference reference, Region region, SignalStatus status, Actor actor, Instant at)
      implements SignalEvent {
    @Override
    public boolean isNewsForReporter() {
      return true;
    }
  }

  /** The reporter wrote to the platform: an answer to a question, or something added. */
  record ReporterReplied(
      SignalReference reference, Region region, SignalStatus status, Actor actor, Instant at)
      implements SignalEvent {}

  /** Staff told the reporter something without waiting for an answer. */
  record MessageSent(
      SignalReference reference, Region region, SignalStatus status, Actor actor, Instant at)
      implements SignalEvent {
    @Override
    public boolean isNewsForReporter() {
      return true;
    }
  }

  /** Staff forwarded the signal to partners. */
  record Routed(
      SignalReference reference,
      Region region,
      SignalStatus status,
      Actor actor,
      Instant at,
      Set<Partner> partners)
      implements SignalEvent {
    public Routed {
      partners = Set.copyOf(partners);
    }
  }

  /** Staff closed the signal with an outcome the reporter will read. */
  record Closed(
      SignalReference reference,
      Region region,
      SignalStatus status,
      Actor actor,
      Instant at,
      Outcome outcome)
      implements SignalEvent {
    public Closed {
      Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public boolean isNewsForReporter() {
      return true;
    }
  }

  /** Staff rejected the signal as abuse or spam. */
  record Rejected(
      SignalReference reference, Region region, SignalStatus status, Actor actor, Instant at)
      implements SignalEvent {
    @Override
    public boolean isNewsForReporter() {
      return true;
    }
  }

  /** The signal was a duplicate and was folded into {@code survivor}. */
  record Merged(
      SignalReference reference,
      Region region,
      SignalStatus status,
      Actor actor,
      Instant at,
      SignalReference survivor)
      implements SignalEvent {}

  /** A merge was undone: the signal stands alone again, no longer folded into {@code survivor}. */
  record MergeUndone(
      SignalReference reference,
      Region region,
      SignalStatus status,
      Actor actor,
      Instant at,
      SignalReference survivor)
      implements SignalEvent {}

  /** A coordinator offered the signal to the region {@code to}; it is still {@code region}'s. */
  record TransferOffered(
      SignalReference reference,
      Region region,
      SignalStatus status,
      Actor actor,
      Instant at,
      Region to)
      implements SignalEvent {}

  /** The region offered the signal accepted it: {@code region} is the new, {@code from} the old. */
  record TransferAccepted(
      SignalReference reference,
      Region region,
      SignalStatus status,
      Actor actor,
      Instant at,
      Region from)
      implements SignalEvent {}

  /** The region {@code by} returned the signal it was offered; it stays {@code region}'s. */
  record TransferReturned(
      SignalReference reference,
      Region region,
      SignalStatus status,
      Actor actor,
      Instant at,
      Region by)
      implements SignalEvent {}

  /** The offer to {@code to} was taken back; the signal stays {@code region}'s. */
  record TransferWithdrawn(
      SignalReference reference,
      Region region,
      SignalStatus status,
      Actor actor,
      Instant at,
      Region to)
      implements SignalEvent {}
}
