package nl.waakzaam.associations.interfaces.rest;

import java.time.Instant;
import java.util.List;
import nl.waakzaam.associations.application.WebhookView;
import nl.waakzaam.associations.application.Webhooks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The association's webhook endpoint; with the secret only in the answer that made it. */
@Schema(name = "Webhook")
public record WebhookResponse(
    String url,
    boolean enabled,
    String disabledReason,
    @Schema(description = "During a rotation: until when the previous secret signs too.")
        Instant previousSecretUntil,
    @Schema(description = "whsec_…, shown this once: keep it to verify the signatures.")
        String secret,
    Instant createdAt,
    Instant updatedAt) {

  static WebhookResponse of(WebhookView v, String secret) {
    return new WebhookResponse(
        v.url(),
        v.enabled(),
        v.disabledReason().orElse(null),
        v.previousSecretUntil().orElse(null),
        secret,
        v.createdAt(),
        v.updatedAt());
  }

  /** One message of the delivery log. */
  @Schema(name = "WebhookDelivery")
  public record Delivery(
      String id,
      String type,
      Instant createdAt,
      @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"}) String state,
      int attempts,
      Instant nextAttemptAt,
      Integer lastStatus,
      String lastError,
      Instant deliveredAt,
      List<Attempt> history) {

    static Delivery of(Webhooks.Delivery d) {
      var m = d.message();
      return new Delivery(
          m.id(),
          m.type(),
          m.createdAt(),
          m.state().name(),
          m.attempts(),
          m.state().name().equals("PENDING") ? m.nextAttemptAt() : null,
          m.lastStatus().orElse(null),
          m.lastError().orElse(null),
          m.deliveredAt().orElse(null),
          d.attempts().stream()
              .map(
                  a ->
                      new Attempt(
                          a.attempt(),
                          a.at(),
                          a.status().orElse(null),
                          a.error().orElse(null),
                          a.durationMs()))
              .toList());
    }
  }

  /** One attempt. */
  @Schema(name = "WebhookAttempt")
  public record Attempt(int attempt, Instant at, Integer status, String error, int durationMs) {}
}
