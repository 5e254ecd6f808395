package nl.waakzaam.attachments.application;

import nl.waakzaam.shared.domain.DomainException;

/** The signal holds as many files, or as many bytes, as it may; the file is not kept. */
public class SignalFullException extends DomainException {

  public SignalFullException() {
    super(Kind.CONFLICT, "signal-full", "The signal holds as many files as it may");
  }
}
