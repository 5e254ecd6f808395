package nl.waakzaam.signal.domain;

import java.util.Optional;
import nl.waakzaam.shared.domain.DomainException;

/**
 * The same submission came in twice (a reload of the receipt page, a retried request): the signal
 * exists already and is not stored again. Its receipt code was shown with the first answer only.
 */
public class SubmissionRepeatedException extends DomainException {

  private final transient SignalReference reference;

  public SubmissionRepeatedException(SignalReference reference) {
    super(Kind.CONFLICT, "submission-repeated", "This submission was received before");
    this.reference = reference;
  }

  /** The signal of the first submission, when known. */
  public Optional<SignalReference> reference() {
    return Optional.ofNullable(reference);
  }
}
