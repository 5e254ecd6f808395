package nl.waakzaam.associations.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.waakzaam.associations.domain.AnswerVault;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.Randomness;

/**
 * The answer vault with the JDK's own primitives: HMAC-SHA-256 under two keys derived from the
 * receipt secret (one to look keys up, one to derive each answer's AES-256-GCM key from the
 * association and its Idempotency-Key); the batch id is bound in as associated data, so that one
 * batch's sealed answer cannot be passed off as another's.
 */
@ApplicationScoped
public class KeyedAnswerVault implements AnswerVault {

  private static final String HMAC = "HmacSHA256";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  @Inject private Settings settings;

  private SecretKeySpec lookupKey;
  private SecretKeySpec sealingKey;

  @PostConstruct
  void deriveKeys() {
    SecretKeySpec secret = new SecretKeySpec(settings.secretKey(Setting.RECEIPT_SECRET), HMAC);
    lookupKey = new SecretKeySpec(hmac(secret, "waakzaam/idempotency-key/v1"), HMAC);
    sealingKey = new SecretKeySpec(hmac(secret, "waakzaam/batch-answer/v1"), HMAC);
  }

  @Override
  public byte[] keyHash(String association, String idempotencyKey) {
    return hmac(lookupKey, scoped(association, idempotencyKey));
  }

  @Override
  public byte[] seal(UUID batchId, String association, String idempotencyKey, byte[] answer) {
    byte[] nonce = new byte[NONCE_BYTES];
    Randomness.strong().nextBytes(nonce);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, batchId, association, idempotencyKey, nonce, answer);
    byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
    System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
    return out;
  }

  @Override
  public Optional<byte[]> open(
      UUID batchId, String association, String idempotencyKey, byte[] sealed) {
    if (sealed.length < NONCE_BYTES) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          crypt(
              Cipher.DECRYPT_MODE,
              batchId,
              association,
              idempotencyKey,
              Arrays.copyOf(sealed, NONCE_BYTES),
              Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length)));
    } catch (IllegalArgumentException wrongKey) {
      return Optional.empty();
    }
  }

  private byte[] crypt(
      int mode, UUID batchId, String association, String key, byte[] nonce, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          mode,
          new SecretKeySpec(hmac(sealingKey, scoped(association, key)), "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(batchId.toString().getBytes(StandardCharsets.US_ASCII));
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new IllegalArgumentException("Sealed under another key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private static String scoped(String association, String idempotencyKey) {
    return association + "\u0000" + idempotencyKey;
  }

  private static byte[] hmac(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }
}
