package nl.waakzaam.associations.domain;

import nl.waakzaam.shared.domain.DomainException;

/** The association has no webhook endpoint, or no delivery with this id. */
public class NoWebhookException extends DomainException {

  public NoWebhookException() {
    super(Kind.NOT_FOUND, "no-webhook", "No such webhook endpoint or delivery");
  }
}
