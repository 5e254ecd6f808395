package nl.waakzaam.associations.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret an association's webhooks are signed with, in the Standard Webhooks form: {@code
 * whsec_} and the Base64 of 32 random bytes. A signature is {@code v1,} and the Base64 of the
 * HMAC-SHA-256 of {@code id.timestamp.body} under those bytes.
 */
public final class WebhookSecret {

  private static final String PREFIX = "whsec_";
  private static final int KEY_BYTES = 32;

  private final byte[] key;

  private WebhookSecret(byte[] key) {
    this.key = key.clone();
  }

  public static WebhookSecret generate(RandomGenerator random) {
    byte[] key = new byte[KEY_BYTES];
    for (int i = 0; i < KEY_BYTES; i++) {
      key[i] = (byte) random.nextInt(256);
    }
    return new WebhookSecret(key);
  }

  /** The secret of its text form, {@code whsec_…}. */
  public static WebhookSecret of(String text) {
    Objects.requireNonNull(text);
    if (!text.startsWith(PREFIX)) {
      throw new IllegalArgumentException("A webhook secret starts with " + PREFIX);
    }
    return new WebhookSecret(Base64.getDecoder().decode(text.substring(PREFIX.length())));
  }

  /** The form shown once to the association. */
  public String text() {
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The {@code v1,…} signature of one message. */
  public String sign(String messageId, long timestampSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] signed =
          mac.doFinal(
              (messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebhookSecret s && Arrays.equals(key, s.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  @Override
  public String toString() {
    return "WebhookSecret[hidden]";
  }
}
