package nl.waakzaam.feedback.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.feedback.domain.ReporterStatus;
import nl.waakzaam.feedback.domain.ReporterTimeline;
import nl.waakzaam.signal.domain.Outcome;
import nl.waakzaam.signal.domain.Partner;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalReference;

/**
 * What a reporter may see of their signal; {@code partners} are the kinds of partner it went to,
 * empty unless staff decided the reporter may read them.
 */
public record ReporterView(
    SignalReference reference,
    SignalKind kind,
    ReporterStatus status,
    Optional<Outcome> outcome,
    Optional<String> outcomeText,
    LocalDate receivedOn,
    List<ReporterTimeline.Entry> timeline,
    Set<Partner> partners) {}
