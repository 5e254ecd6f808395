package nl.waakzaam.feedback.application;

import nl.waakzaam.shared.domain.DomainException;

/** A reporter's message that is empty, too long, or not plain text; nothing is stored. */
public class MessageRejectedException extends DomainException {

  public MessageRejectedException() {
    super(Kind.UNPROCESSABLE, "message-rejected", "A message holds 1 to 5000 characters of text");
  }
}
