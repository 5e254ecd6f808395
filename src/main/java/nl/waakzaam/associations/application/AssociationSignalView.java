package nl.waakzaam.associations.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.feedback.application.ReporterMessage;
import nl.waakzaam.feedback.domain.ReporterStatus;
import nl.waakzaam.feedback.domain.ReporterTimeline;
import nl.waakzaam.signal.domain.Outcome;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalReference;

/**
 * What an association sees of one of its signals: what its member would see on the follow-up page
 * (status, timeline, outcome, the conversation), with the member reference it gave, and nothing of
 * staff's own judgement (no category, priority, assignee, partner or internal note).
 */
public record AssociationSignalView(
    SignalReference reference,
    SignalKind kind,
    Optional<String> memberReference,
    UUID batchId,
    int itemIndex,
    ReporterStatus status,
    Optional<Outcome> outcome,
    Optional<String> outcomeText,
    LocalDate receivedOn,
    List<ReporterTimeline.Entry> timeline,
    List<ReporterMessage> messages,
    Instant changedAt) {}
