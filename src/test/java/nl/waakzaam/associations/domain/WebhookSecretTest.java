package nl.waakzaam.associations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our signatures, checked by the Standard Webhooks project's own verifier. */
class WebhookSecretTest {

  @Test
  void aSignatureVerifiesWithTheStandardWebhooksLibrary() throws Exception {
    WebhookSecret secret = WebhookSecret.generate(new SecureRandom());
    long now = Instant.now().getEpochSecond();
    String body =
        "{\"type\":\"signal.status_changed\",\"data\":{\"reference\":\"VO-2026-483920\"}}";

    String signature = secret.sign("msg_1", now, body);

    new Webhook(secret.text())
        .verify(
            body,
            Map.of(
                "webhook-id", List.of("msg_1"),
                "webhook-timestamp", List.of(Long.toString(now)),
                "webhook-signature", List.of(signature)));
    assertEquals(new Webhook(secret.text()).sign("msg_1", now, body), signature);
  }

  @Test
  void theTextFormRoundTripsAndIsNeverPrinted() {
    WebhookSecret secret = WebhookSecret.generate(new SecureRandom());

    assertTrue(secret.text().startsWith("whsec_"));
    assertEquals(secret, WebhookSecret.of(secret.text()));
    assertNotEquals(secret, WebhookSecret.generate(new SecureRandom()));
    assertEquals("WebhookSecret[hidden]", secret.toString());
    assertThrows(IllegalArgumentException.class, () -> WebhookSecret.of("abc"));
  }
}
