package nl.waakzaam.associations.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;

/** Which signals came from which association. Every query names the association it is for. */
public interface AssociationSignalRepository {

  /** Where a page of an association's signals starts: after this change of this item. */
  record Position(Instant changedAt, UUID batchId, int itemIndex) {}

  void add(AssociationSignal signal);

  /** The signals of one batch, in the batch's order. */
  List<AssociationSignal> ofBatch(UUID batchId);

  /**
   * Up to {@code limit} of {@code association}'s signals in the order they last changed, changed
   * after {@code changedSince} and after {@code after}.
   */
  List<AssociationSignal> page(
      String association, Optional<Instant> changedSince, Optional<Position> after, int limit);

  /** The signal of {@code reference} if it came from {@code association}. */
  Optional<AssociationSignal> findOwn(String association, SignalReference reference);

  /** The association a signal came from, if one did. */
  Optional<AssociationSignal> ofSignal(UUID signalId);

  /** The signals themselves, by id. */
  List<Signal> signals(List<UUID> signalIds);

  /**
   * The reporter's view of the signal of {@code reference} changed at {@code at}; the association
   * signal it is, if an association submitted it.
   */
  Optional<AssociationSignal> changed(SignalReference reference, Instant at);
}
