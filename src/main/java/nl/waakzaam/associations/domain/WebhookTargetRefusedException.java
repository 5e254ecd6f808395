package nl.waakzaam.associations.domain;

import nl.waakzaam.shared.domain.DomainException;

/** Webhooks may not go to this address: not HTTPS, or not on the public internet. */
public class WebhookTargetRefusedException extends DomainException {

  public WebhookTargetRefusedException() {
    super(Kind.UNPROCESSABLE, "webhook-target-refused", "Webhook target refused");
  }
}
