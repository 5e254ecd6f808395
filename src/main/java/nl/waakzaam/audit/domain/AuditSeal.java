package nl.waakzaam.audit.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA-256 each audit record carries over its hash, with a key from the application's
 * configuration ({@code waakzaam.audit.key}) that the database never holds. Whoever can write to
 * the database but does not have the key can add records whose hashes link up, but not their seals:
 * the verification names them.
 */
public final class AuditSeal {

  private final SecretKeySpec key;

  public AuditSeal(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("An audit key holds at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  /** The seal of a record with {@code hash}. */
  public byte[] of(byte[] hash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  public boolean holds(byte[] hash, byte[] seal) {
    return MessageDigest.isEqual(of(hash), seal);
  }
}
