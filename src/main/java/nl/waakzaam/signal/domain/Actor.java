package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;

/**
 * Who caused an event in a signal's history. An anonymous reporter has no identifier: nothing about
 * them is kept but the fact that the reporter acted.
 */
@Embeddable
public class Actor {

  /** The sort of actor. */
  public enum Type {
    REPORTER,
    STAFF,
    ASSOCIATION,
    SYSTEM
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_type", length = 20, nullable = false)
  private Type type;

  @Column(name = "actor_id", length = 100)
  private String id;

  protected Actor() {}

  private Actor(Type type, String id) {
    this.type = type;
    this.id = id;
  }

  public static Actor reporter() {
    return new Actor(Type.REPORTER, null);
  }

  public static Actor staff(String subject) {
    return new Actor(Type.STAFF, Objects.requireNonNull(subject));
  }

  public static Actor association(String clientId) {
    return new Actor(Type.ASSOCIATION, Objects.requireNonNull(clientId));
  }

  public static Actor system() {
    return new Actor(Type.SYSTEM, null);
  }

  public Type type() {
    return type;
  }

  public Optional<String> id() {
    return Optional.ofNullable(id);
  }
}
