package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Staff's answer to the question every forwarded signal must have had: could what it says identify
 * the reporter (a detail only they know, a date only they were there, a photo from their yard)? If
 * so, what must be withheld from partners. Recorded before the signal may be routed or closed as
 * forwarded; recorded again, the newer answer counts and the older stays in the history.
 */
@Embeddable
public class TraceabilityCheck {

  /** An object, not a primitive: unchecked signals have no answer at all. */
  @Column(name = "traceability_identifying")
  private Boolean identifying;

  @Column(name = "traceability_withhold", length = 2000)
  private String withhold;

  /** The parts partners must not get, as {@link EnumSetColumn} keeps them. */
  @Column(name = "traceability_withheld_parts", length = 200)
  private String withheldParts;

  @Column(name = "traceability_checked_at")
  private OffsetDateTime checkedAt;

  @Column(name = "traceability_checked_by", length = 100)
  private String checkedBy;

  protected TraceabilityCheck() {}

  private TraceabilityCheck(
      boolean identifying, String withhold, Set<ContentPart> parts, Instant at, String by) {
    this.identifying = identifying;
    this.withhold = withhold;
    this.withheldParts = EnumSetColumn.join(parts);
    this.checkedAt = at.atOffset(ZoneOffset.UTC);
    this.checkedBy = Objects.requireNonNull(by, "by");
  }

  /** Nothing in the signal could lead to the reporter. */
  public static TraceabilityCheck notIdentifying(Instant at, String by) {
    return new TraceabilityCheck(false, null, Set.of(), at, by);
  }

  /**
   * The content could identify the reporter: {@code parts} are what partners must not get, and
   * {@code withhold} says why, or what within them.
   *
   * @throws IllegalArgumentException when {@code withhold} is blank or no part is withheld
   */
  public static TraceabilityCheck identifying(
      String withhold, Set<ContentPart> parts, Instant at, String by) {
    if (withhold == null || withhold.isBlank()) {
      throw new IllegalArgumentException("What to withhold must be said");
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("An identifying signal withholds at least one part");
    }
    return new TraceabilityCheck(true, withhold.strip(), parts, at, by);
  }

  public boolean identifying() {
    return Boolean.TRUE.equals(identifying);
  }

  /** What must not reach partners; present when the content could identify the reporter. */
  public Optional<String> withhold() {
    return Optional.ofNullable(withhold);
  }

  /**
   * The parts partners must not get. Empty when nothing identifies, and for a check recorded before
   * parts were named: then {@link #withhold()} alone says it, and a package cannot be made from it.
   */
  public Set<ContentPart> withheldParts() {
    return EnumSetColumn.split(withheldParts, ContentPart.class);
  }

  public Instant checkedAt() {
    return checkedAt.toInstant();
  }

  /** The user name of the staff member who checked. */
  public String checkedBy() {
    return checkedBy;
  }

  /** The check as a line of history, for staff. */
  String describe() {
    return identifying() ? "Herleidbaar; achterhouden: " + withhold : "Niet herleidbaar";
  }
}
