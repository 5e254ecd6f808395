package nl.waakzaam.associations.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.waakzaam.shared.domain.Randomness;

/**
 * AES-256-GCM under a fresh nonce, the nonce kept in front of the ciphertext, and HMAC-SHA-256 to
 * derive keys: the two primitives the association secrets are kept with.
 */
final class Aead {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private Aead() {}

  static byte[] seal(byte[] key, String context, byte[] plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    Randomness.strong().nextBytes(nonce);
    byte[] sealed;
    try {
      sealed = crypt(Cipher.ENCRYPT_MODE, key, nonce, context, plain);
    } catch (AEADBadTagException cannotHappen) {
      throw new IllegalStateException("Encryption checked a tag", cannotHappen);
    }
    byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
    System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
    return out;
  }

  /** The plain bytes, or empty when sealed under another key or context, or altered. */
  static Optional<byte[]> open(byte[] key, String context, byte[] sealed) {
    if (sealed.length < NONCE_BYTES) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          crypt(
              Cipher.DECRYPT_MODE,
              key,
              Arrays.copyOf(sealed, NONCE_BYTES),
              context,
              Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length)));
    } catch (AEADBadTagException e) {
      return Optional.empty();
    }
  }

  static byte[] hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  private static byte[] crypt(int mode, byte[] key, byte[] nonce, String context, byte[] input)
      throws AEADBadTagException {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }
}
