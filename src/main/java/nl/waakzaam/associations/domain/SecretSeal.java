package nl.waakzaam.associations.domain;

/**
 * Keeps webhook secrets so that the database alone cannot sign a webhook: sealed under a key
 * derived from a server secret, bound to the association they belong to.
 */
public interface SecretSeal {

  byte[] seal(String association, WebhookSecret secret);

  WebhookSecret open(String association, byte[] sealed);
}
