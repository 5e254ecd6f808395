package nl.waakzaam.associations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.associations.domain.AnswerVault;
import nl.waakzaam.associations.domain.Association;
import nl.waakzaam.associations.domain.AssociationSignal;
import nl.waakzaam.associations.domain.AssociationSignalRepository;
import nl.waakzaam.associations.domain.Batch;
import nl.waakzaam.associations.domain.BatchInProgressException;
import nl.waakzaam.associations.domain.BatchRepository;
import nl.waakzaam.intake.application.SignalIntake;
import nl.waakzaam.intake.application.StoredSignal;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.SignalContent;

/**
 * The one transaction of a batch: its signals, which association and member each came from, and the
 * batch completed with its sealed answer. Either all of it is there or none of it, so a batch is
 * never half stored and never stored without the answer that stops it being stored twice.
 */
@ApplicationScoped
class BatchStorage {

  private SignalIntake intake;
  private BatchRepository batches;
  private AssociationSignalRepository associationSignals;
  private AnswerVault vault;
  private Clock clock;

  protected BatchStorage() {}

  @Inject
  BatchStorage(
      SignalIntake intake,
      BatchRepository batches,
      AssociationSignalRepository associationSignals,
      AnswerVault vault,
      Clock clock) {
    this.intake = intake;
    this.batches = batches;
    this.associationSignals = associationSignals;
    this.vault = vault;
    this.clock = clock;
  }

  /**
   * @throws nl.waakzaam.signal.domain.ReferenceTakenException when another transaction took a drawn
   *     reference at the same moment: all of it is rolled back, to be tried again
   */
  @Transactional
  byte[] store(
      UUID batchId,
      Association association,
      String idempotencyKey,
      List<BatchItem> items,
      AnswerComposer composer) {
    Batch batch = batches.lockForCompletion(batchId);
    if (batch == null || batch.state() != Batch.State.RUNNING) {
      // Another instance took the claim over and finished first: its answer is the one.
      throw new BatchInProgressException();
    }
    List<SignalContent> contents = items.stream().map(BatchItem::content).toList();
    List<Optional<StoredSignal>> stored =
        intake.receiveTogether(contents, Actor.association(association.id()));
    for (int i = 0; i < items.size(); i++) {
      BatchItem item = items.get(i);
      stored
          .get(i)
          .ifPresent(
              s ->
                  associationSignals.add(
                      new AssociationSignal(
                          s.signalId(),
                          association,
                          batchId,
                          item.index(),
                          item.memberReference(),
                          clock.instant())));
    }
    AnswerComposer.Answer answer = composer.compose(batchId, stored);
    batch.complete(
        vault.seal(batchId, association.id(), idempotencyKey, answer.body()),
        answer.refusedItems(),
        clock.instant());
    return answer.body();
  }
}
