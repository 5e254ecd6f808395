package nl.waakzaam.signal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionScope;

/**
 * The signals, as the domain needs them. Every query made for staff takes the caller's {@link
 * RegionScope}: isolation between regions is in the query, not left to each caller.
 */
public interface SignalRepository {

  /**
   * Stores a new signal and reserves its reference for good, so that no two signals ever share one,
   * even after deletion.
   *
   * @throws ReferenceTakenException when the reference was handed out before; the transaction is
   *     then lost and the caller starts again with another reference
   */
  void add(Signal signal);

  /**
   * Writes what is left to write of {@code signal} and lets the persistence context forget it, so
   * that a transaction storing hundreds of signals does not compare each with every one before it
   * at every write. The signal is detached afterwards: not to be changed in this transaction again.
   */
  void writeAndForget(Signal signal);

  /**
   * The signal {@code received} announced, as this transaction is storing it: from the persistence
   * context, without a query (which would first write it, and then write it again for whatever the
   * observer changes). For observers of {@link SignalEvent.Received} in the receiving transaction.
   */
  Signal received(SignalEvent.Received received);

  /** Which of {@code references} were handed out before (to a signal, or kept after one). */
  Set<SignalReference> taken(Collection<SignalReference> references);

  /** The reference of the signal submitted with this submission key hash, if any. */
  Optional<SignalReference> findBySubmissionKeyHash(byte[] submissionKeyHash);

  /** The signal whose receipt code has this keyed hash. */
  Optional<Signal> findByReceiptCodeHash(byte[] receiptCodeHash);

  /** The signal with this reference, if it belongs to one of the scope's regions. */
  Optional<Signal> findInScope(SignalReference reference, RegionScope scope);

  /**
   * As {@link #findInScope}, locked until the transaction ends, for a change: two staff members
   * acting on one signal at once act one after the other, the second on what the first left.
   */
  Optional<Signal> findInScopeForChange(SignalReference reference, RegionScope scope);

  /**
   * The signal with {@code reference} if it is of {@code scope} or offered to a region of it: what
   * a coordinator there reads to decide on the offer.
   */
  Optional<Signal> findInScopeOrOffered(SignalReference reference, RegionScope scope);

  /**
   * The signal with {@code reference} offered to a region of {@code scope}, locked for a change.
   */
  Optional<Signal> findOfferedForChange(SignalReference reference, RegionScope scope);

  /** The signals offered to the regions of {@code scope}, the longest waiting first. */
  List<Signal> offeredTo(RegionScope scope);

  /**
   * The region's latest {@code max} signals by receipt, newest first, merged ones left out; read
   * only, with what they mention, for looking over many at once.
   */
  List<Signal> latestOf(Region region, int max);

  /** The signals folded into {@code survivor}, in the order they were folded in. */
  List<Signal> mergedInto(Signal survivor);

  /** For each of {@code survivors}, the signals folded into it, in one query. */
  Map<UUID, List<Signal>> mergedIntoAll(Collection<Signal> survivors);

  /** The signal {@code merged} was folded into, while it is merged. */
  Optional<Signal> survivorOf(Signal merged);

  /**
   * The signals with these internal identifiers, whichever region holds them: for a step that was
   * allowed by something other than the caller's regions (a granted request for access).
   */
  List<Signal> byIds(Collection<UUID> ids);

  /**
   * The references of the signals with these internal identifiers, whichever region holds them,
   * without loading the signals: for lists that name signals and show nothing else of them.
   */
  Map<UUID, SignalReference> referencesOf(Collection<UUID> ids);
}
