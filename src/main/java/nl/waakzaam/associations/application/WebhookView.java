package nl.waakzaam.associations.application;

import java.time.Instant;
import java.util.Optional;

/** An association's webhook endpoint as it reads it back: never the secret. */
public record WebhookView(
    String url,
    boolean enabled,
    Optional<String> disabledReason,
    Optional<Instant> previousSecretUntil,
    Instant createdAt,
    Instant updatedAt) {}
