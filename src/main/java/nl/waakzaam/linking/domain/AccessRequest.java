package nl.waakzaam.linking.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.shared.domain.NullableUuid;
import nl.waakzaam.shared.domain.Randomness;

/**
 * A coordinator's request to another region for its signals that name an entity of one of their
 * own: need to know, asked with a reason, not assumed. The asked region's coordinator grants it,
 * for a limited time, or refuses it; a grant lets the asker, and only the asker, read the signals
 * the request named when it was made, until it expires. A decision is final.
 */
@Entity
@Table(name = "access_request")
public class AccessRequest {

  /** Where a request stands. */
  public enum State {
    ASKED,
    GRANTED,
    REFUSED
  }

  @Id private UUID id;

  @Column(name = "asking_signal")
  @Convert(converter = NullableUuid.class) // bound as a uuid, not as text (EclipseLink 4.0.7)
  private UUID askingSignal;

  @Enumerated(EnumType.STRING)
  @Column(name = "asking_region")
  private Region askingRegion;

  @Enumerated(EnumType.STRING)
  @Column(name = "asked_region")
  private Region askedRegion;

  @Enumerated(EnumType.STRING)
  @Column(name = "entity_type")
  private EntityType entityType;

  private String reason;

  @Column(name = "asked_by")
  private String askedBy;

  @Column(name = "asked_by_name")
  private String askedByName;

  @Column(name = "asked_at")
  private OffsetDateTime askedAt;

  @Enumerated(EnumType.STRING)
  private State state;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_by_name")
  private String decidedByName;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  @ElementCollection
  @CollectionTable(name = "access_request_signal", joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "signal_id")
  @Convert(converter = NullableUuid.class)
  private Set<UUID> signals = new HashSet<>();

  protected AccessRequest() {}

  /** Who acts, by the subject the access checks use and the name people read. */
  public record Person(String subject, String name) {}

  /**
   * A request from the signal {@code askingSignal} of {@code askingRegion} to {@code askedRegion},
   * for {@code signals} of that region which name an entity of type {@code entityType} that the
   * asking signal names too.
   */
  public static AccessRequest ask(
      UUID askingSignal,
      Region askingRegion,
      Region askedRegion,
      EntityType entityType,
      Set<UUID> signals,
      String reason,
      Person asker,
      Instant at) {
    if (askingRegion == askedRegion) {
      throw new IllegalArgumentException("A region does not ask itself for access");
    }
    if (signals.isEmpty()) {
      throw new IllegalArgumentException("A request asks for at least one signal");
    }
    AccessRequest request = new AccessRequest();
    request.id = Randomness.uuid();
    request.askingSignal = Objects.requireNonNull(askingSignal);
    request.askingRegion = askingRegion;
    request.askedRegion = askedRegion;
    request.entityType = Objects.requireNonNull(entityType);
    request.signals.addAll(signals);
    request.reason = Objects.requireNonNull(reason);
    request.askedBy = asker.subject();
    request.askedByName = asker.name();
    request.askedAt = at.atOffset(ZoneOffset.UTC);
    request.state = State.ASKED;
    return request;
  }

  /**
   * Grants the request until {@code lasts} from now.
   *
   * @throws AccessRequestDecidedException when it was decided before
   */
  public void grant(Person decider, Optional<String> note, Instant at, Duration lasts) {
    decide(State.GRANTED, decider, note, at);
    expiresAt = at.plus(lasts).atOffset(ZoneOffset.UTC);
  }

  /**
   * Refuses the request: nothing of the asked region becomes readable.
   *
   * @throws AccessRequestDecidedException when it was decided before
   */
  public void refuse(Person decider, Optional<String> note, Instant at) {
    decide(State.REFUSED, decider, note, at);
  }

  private void decide(State decision, Person decider, Optional<String> note, Instant at) {
    if (state != State.ASKED) {
      throw new AccessRequestDecidedException();
    }
    state = decision;
    decidedBy = decider.subject();
    decidedByName = decider.name();
    decidedAt = at.atOffset(ZoneOffset.UTC);
    decisionNote = note.orElse(null);
  }

  /** Whether {@code subject} may read {@code signal} under this request at {@code at}. */
  public boolean lets(String subject, UUID signal, Instant at) {
    return state == State.GRANTED
        && askedBy.equals(subject)
        && signals.contains(signal)
        && at.isBefore(expiresAt.toInstant());
  }

  public UUID id() {
    return id;
  }

  public UUID askingSignal() {
    return askingSignal;
  }

  public Region askingRegion() {
    return askingRegion;
  }

  public Region askedRegion() {
    return askedRegion;
  }

  public EntityType entityType() {
    return entityType;
  }

  public String reason() {
    return reason;
  }

  public Person asker() {
    return new Person(askedBy, askedByName);
  }

  public Instant askedAt() {
    return askedAt.toInstant();
  }

  public State state() {
    return state;
  }

  public Optional<Person> decider() {
    return Optional.ofNullable(decidedBy).map(s -> new Person(s, decidedByName));
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<String> decisionNote() {
    return Optional.ofNullable(decisionNote);
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt).map(OffsetDateTime::toInstant);
  }

  /** The asked region's signals the request is for. */
  public Set<UUID> signals() {
    return Set.copyOf(signals);
  }
}
