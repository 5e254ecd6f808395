package nl.waakzaam.feedback.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.feedback.domain.ReporterStatus;
import nl.waakzaam.feedback.domain.ReporterTimeline;
import nl.waakzaam.signal.domain.Outcome;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalReference;

/** What a reporter may see of their signal. */
public record ReporterView(
    SignalReference reference,
    SignalKind kind,
    ReporterStatus status,
    Optional<Outcome> outcome,
    Optional<String> outcomeText,
    LocalDate receivedOn,
    List<ReporterTimeline.Entry> timeline) {}
