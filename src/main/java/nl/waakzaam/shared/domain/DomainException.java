package nl.waakzaam.shared.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * A request that the domain refuses, named for the situation ({@code UnknownSignalException},
 * {@code ReceiptCodeRejectedException}). The {@link #problemType()} is the stable name clients see;
 * the {@link Kind} tells the interfaces how to answer without knowing every exception.
 *
 * <p>Messages are for developers and never carry reporter content.
 */
public abstract class DomainException extends RuntimeException {

  /** What sort of refusal this is, independent of the protocol that reports it. */
  public enum Kind {
    NOT_FOUND,
    CONFLICT,
    UNPROCESSABLE,
    UNAUTHENTICATED,
    FORBIDDEN,
    TOO_MANY_ATTEMPTS,
    UNAVAILABLE
  }

  private final Kind kind;
  private final String problemType;

  protected DomainException(Kind kind, String problemType, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.problemType = problemType;
  }

  public Kind kind() {
    return kind;
  }

  /** Stable, lower-case, hyphenated name of the problem, such as {@code illegal-transition}. */
  public String problemType() {
    return problemType;
  }

  /** How long the caller should wait before trying again, where waiting helps. */
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }
}
