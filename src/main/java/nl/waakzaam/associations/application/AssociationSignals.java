package nl.waakzaam.associations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.waakzaam.associations.domain.Association;
import nl.waakzaam.associations.domain.AssociationSignal;
import nl.waakzaam.associations.domain.AssociationSignalRepository;
import nl.waakzaam.associations.domain.Batch;
import nl.waakzaam.associations.domain.BatchRepository;
import nl.waakzaam.associations.domain.UnknownBatchException;
import nl.waakzaam.feedback.application.ReporterConversation;
import nl.waakzaam.feedback.application.ReporterMessage;
import nl.waakzaam.feedback.domain.ReporterStatus;
import nl.waakzaam.feedback.domain.ReporterTimeline;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.UnknownSignalException;

/**
 * An association follows its own signals, never another's: every query names the caller's
 * association, and a signal or batch of another looks exactly like one that does not exist.
 */
@ApplicationScoped
public class AssociationSignals {

  /** The most signals one page holds. */
  public static final int MAX_PAGE = 200;

  /**
   * A batch as the association reads it later: when it came, its signals now, and the items refused
   * then (as the first answer described them, without any receipt code).
   */
  public record BatchView(
      UUID id,
      Instant receivedAt,
      Batch.State state,
      int itemCount,
      Optional<String> refusedItems,
      List<AssociationSignalView> signals) {}

  private AssociationSignalRepository signals;
  private BatchRepository batches;
  private ReporterConversation conversation;

  protected AssociationSignals() {}

  @Inject
  AssociationSignals(
      AssociationSignalRepository signals,
      BatchRepository batches,
      ReporterConversation conversation) {
    this.signals = signals;
    this.batches = batches;
    this.conversation = conversation;
  }

  /** Up to {@code limit} of the association's signals, in the order they changed. */
  @Transactional
  public List<AssociationSignalView> page(
      Association association,
      Optional<Instant> changedSince,
      Optional<AssociationSignalRepository.Position> after,
      int limit) {
    return views(signals.page(association.id(), changedSince, after, Math.min(limit, MAX_PAGE)));
  }

  /**
   * @throws UnknownBatchException when the association has no batch with this id
   */
  @Transactional
  public BatchView batch(Association association, UUID batchId) {
    Batch batch =
        batches.findOwn(batchId, association.id()).orElseThrow(UnknownBatchException::new);
    return new BatchView(
        batch.id(),
        batch.claimedAt(),
        batch.state(),
        batch.itemCount(),
        batch.refusedItems(),
        views(signals.ofBatch(batchId)));
  }

  /**
   * The association answers the platform for its member, as the member would on the follow-up page.
   *
   * @throws UnknownSignalException when the signal is not the association's
   */
  @Transactional
  public ReporterMessage write(Association association, SignalReference reference, String text) {
    AssociationSignal own =
        signals.findOwn(association.id(), reference).orElseThrow(UnknownSignalException::new);
    Signal signal = signals.signals(List.of(own.signalId())).get(0);
    return conversation.write(signal, text, Actor.association(association.id()));
  }

  private List<AssociationSignalView> views(List<AssociationSignal> own) {
    Map<UUID, Signal> byId =
        signals.signals(own.stream().map(AssociationSignal::signalId).toList()).stream()
            .collect(Collectors.toMap(Signal::id, Function.identity()));
    Map<UUID, List<ReporterMessage>> messages = conversation.ofAll(byId.values());
    return own.stream()
        .map(a -> view(a, byId.get(a.signalId()), messages.getOrDefault(a.signalId(), List.of())))
        .toList();
  }

  private AssociationSignalView view(
      AssociationSignal own, Signal signal, List<ReporterMessage> messages) {
    List<ReporterTimeline.Entry> timeline = ReporterTimeline.of(signal.history());
    return new AssociationSignalView(
        signal.reference(),
        signal.report().kind(),
        own.memberReference(),
        own.batchId(),
        own.itemIndex(),
        ReporterStatus.of(signal.status()),
        signal.handling().outcome(),
        signal.handling().outcomeText(),
        timeline.get(0).on(),
        timeline,
        messages,
        own.changedAt());
  }
}
