package nl.waakzaam.associations.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.associations.domain.AnswerVault;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * The answer vault with the JDK's own primitives ({@link Aead}): two keys derived from the receipt
 * secret, one to look Idempotency-Keys up, one to derive each answer's AES-256-GCM key from the
 * association and its Idempotency-Key; the batch id is bound in, so that one batch's sealed answer
 * cannot be passed off as another's.
 */
@ApplicationScoped
public class KeyedAnswerVault implements AnswerVault {

  @Inject private Settings settings;

  private byte[] lookupKey;
  private byte[] sealingKey;

  @PostConstruct
  void deriveKeys() {
    byte[] secret = settings.secretKey(Setting.RECEIPT_SECRET);
    lookupKey = Aead.hmac(secret, "waakzaam/idempotency-key/v1");
    sealingKey = Aead.hmac(secret, "waakzaam/batch-answer/v1");
  }

  @Override
  public byte[] keyHash(String association, String idempotencyKey) {
    return Aead.hmac(lookupKey, scoped(association, idempotencyKey));
  }

  @Override
  public byte[] seal(UUID batchId, String association, String idempotencyKey, byte[] answer) {
    return Aead.seal(answerKey(association, idempotencyKey), batchId.toString(), answer);
  }

  @Override
  public Optional<byte[]> open(
      UUID batchId, String association, String idempotencyKey, byte[] sealed) {
    return Aead.open(answerKey(association, idempotencyKey), batchId.toString(), sealed);
  }

  private byte[] answerKey(String association, String idempotencyKey) {
    return Aead.hmac(sealingKey, scoped(association, idempotencyKey));
  }

  private static String scoped(String association, String idempotencyKey) {
    return association + "\u0000" + idempotencyKey;
  }
}
