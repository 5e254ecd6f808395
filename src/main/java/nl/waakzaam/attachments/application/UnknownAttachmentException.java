package nl.waakzaam.attachments.application;

import nl.waakzaam.shared.domain.DomainException;

/** No such file of a signal in the caller's regions, or none ready to be read. */
public class UnknownAttachmentException extends DomainException {

  public UnknownAttachmentException() {
    super(Kind.NOT_FOUND, "unknown-attachment", "No such file");
  }
}
