package nl.waakzaam.associations.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import nl.waakzaam.associations.domain.SecretSeal;
import nl.waakzaam.associations.domain.WebhookSecret;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/** Webhook secrets sealed with AES-256-GCM under a key derived from the receipt secret. */
@ApplicationScoped
public class KeyedSecretSeal implements SecretSeal {

  @Inject private Settings settings;

  private byte[] key;

  @PostConstruct
  void deriveKey() {
    key = Aead.hmac(settings.secretKey(Setting.RECEIPT_SECRET), "waakzaam/webhook-secret/v1");
  }

  @Override
  public byte[] seal(String association, WebhookSecret secret) {
    return Aead.seal(key, association, secret.text().getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public WebhookSecret open(String association, byte[] sealed) {
    return WebhookSecret.of(
        new String(
            Aead.open(key, association, sealed)
                .orElseThrow(() -> new IllegalStateException("Webhook secret unreadable")),
            StandardCharsets.US_ASCII));
  }
}
