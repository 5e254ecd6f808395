package nl.waakzaam.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact for the audit trail: who (subject, name, jobs), did what, to which signal of which
 * region, when, and for what purpose if the action asks for one (at most {@value #MAX_PURPOSE}
 * characters; a longer one is clipped). Never reporter content. The time is kept to the
 * microsecond, as PostgreSQL stores it, so that the hash over it can be checked later.
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

  /** The longest purpose kept; a longer reason is kept whole where its step keeps it. */
  public static final int MAX_PURPOSE = 500;

  public AuditEntry {
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(actorSubject);
    Objects.requireNonNull(actorName);
    Objects.requireNonNull(actorJobs);
    Objects.requireNonNull(action);
    Objects.requireNonNull(signalReference);
    Objects.requireNonNull(region);
    purpose = Objects.requireNonNull(purpose).map(AuditEntry::clipped);
  }

  private static String clipped(String purpose) {
    if (purpose.length() <= MAX_PURPOSE) {
      return purpose;
    }
    int end = MAX_PURPOSE - 1;
    if (Character.isHighSurrogate(purpose.charAt(end - 1))) {
      end--;
    }
    return purpose.substring(0, end) + "\u2026";
  }
}
