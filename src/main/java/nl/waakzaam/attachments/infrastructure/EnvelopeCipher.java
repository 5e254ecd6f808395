package nl.waakzaam.attachments.infrastructure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.waakzaam.shared.domain.Randomness;

/**
 * Envelope encryption of stored files: each file gets its own random AES-256 key, which encrypts
 * the file with GCM (authenticated, bound to the file's id so that files cannot be swapped) and is
 * itself kept encrypted with the key-encryption key, derived from the master key of configuration.
 */
final class EnvelopeCipher {

  private static final String AES_GCM = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int KEY_BYTES = 32;

  /** A file's own key, with the nonce its content is encrypted under. */
  record DataKey(byte[] key, byte[] nonce, byte[] wrapped) {}

  private final SecretKeySpec keyEncryptionKey;

  EnvelopeCipher(byte[] masterKey) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("waakzaam attachment key-encryption key\0".getBytes(StandardCharsets.US_ASCII));
      this.keyEncryptionKey = new SecretKeySpec(sha.digest(masterKey), "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  DataKey newDataKey() {
    byte[] key = random(KEY_BYTES);
    byte[] nonce = random(NONCE_BYTES);
    byte[] wrapNonce = random(NONCE_BYTES);
    byte[] wrapped = crypt(Cipher.ENCRYPT_MODE, keyEncryptionKey, wrapNonce, null, key);
    return new DataKey(key, nonce, concat(wrapNonce, wrapped));
  }

  /** A cipher that encrypts the content of file {@code id} with {@code key}. */
  Cipher encrypting(DataKey key, UUID id) {
    return cipher(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.key(), "AES"), key.nonce(), aad(id));
  }

  byte[] encrypt(DataKey key, UUID id, byte[] content) {
    return crypt(
        Cipher.ENCRYPT_MODE, new SecretKeySpec(key.key(), "AES"), key.nonce(), aad(id), content);
  }

  /**
   * @throws IllegalStateException when the ciphertext, its key or its id were altered, or another
   *     master key is configured
   */
  byte[] decrypt(UUID id, byte[] wrappedKey, byte[] nonce, byte[] ciphertext) {
    return crypt(Cipher.DECRYPT_MODE, unwrap(wrappedKey), nonce, aad(id), ciphertext);
  }

  /**
   * Seals {@code plain} (something derived from file {@code id}: its name, its text) with that
   * file's own data key, under a fresh nonce; the purpose is bound in, so that a sealed name cannot
   * be passed off as a sealed text. Returns the nonce followed by the ciphertext.
   */
  byte[] seal(UUID id, byte[] wrappedKey, String purpose, byte[] plain) {
    byte[] nonce = random(NONCE_BYTES);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, unwrap(wrappedKey), nonce, aad(id, purpose), plain);
    return concat(nonce, sealed);
  }

  /**
   * @throws IllegalStateException when the sealed value, its file's key, its id or its purpose were
   *     altered
   */
  byte[] open(UUID id, byte[] wrappedKey, String purpose, byte[] sealed) {
    return crypt(
        Cipher.DECRYPT_MODE,
        unwrap(wrappedKey),
        Arrays.copyOf(sealed, NONCE_BYTES),
        aad(id, purpose),
        Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
  }

  private SecretKeySpec unwrap(byte[] wrappedKey) {
    byte[] key =
        crypt(
            Cipher.DECRYPT_MODE,
            keyEncryptionKey,
            Arrays.copyOf(wrappedKey, NONCE_BYTES),
            null,
            Arrays.copyOfRange(wrappedKey, NONCE_BYTES, wrappedKey.length));
    return new SecretKeySpec(key, "AES");
  }

  private static byte[] aad(UUID id, String purpose) {
    return concat(aad(id), purpose.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] crypt(int mode, SecretKeySpec key, byte[] nonce, byte[] aad, byte[] input) {
    try {
      return cipher(mode, key, nonce, aad).doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "A stored file could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted"),
          e);
    }
  }

  private static Cipher cipher(int mode, SecretKeySpec key, byte[] nonce, byte[] aad) {
    try {
      Cipher cipher = Cipher.getInstance(AES_GCM);
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      if (aad != null) {
        cipher.updateAAD(aad);
      }
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private static byte[] aad(UUID id) {
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }

  private static byte[] random(int bytes) {
    byte[] b = new byte[bytes];
    Randomness.strong().nextBytes(b);
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
