package nl.waakzaam.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact for the audit trail: who (subject, name, jobs), did what, to which signal of which
 * region, when, and for what purpose if the action asks for one. Never reporter content. The time
 * is kept to the microsecond, as PostgreSQL stores it, so that the hash over it can be checked
 * later.
 */
public record AuditEntry(
    Instant occurredAt,
    String actorSubject,
    String actorName,
    String actorJobs,
    AuditAction action,
    Optional<String> signalReference,
    Optional<String> region,
    Optional<String> purpose) {

  public AuditEntry {
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(actorSubject);
    Objects.requireNonNull(actorName);
    Objects.requireNonNull(actorJobs);
    Objects.requireNonNull(action);
    Objects.requireNonNull(signalReference);
    Objects.requireNonNull(region);
    Objects.requireNonNull(purpose);
  }
}
