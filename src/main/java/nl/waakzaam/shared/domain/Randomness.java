package nl.waakzaam.shared.domain;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Cryptographically strong randomness for secrets, references and identifiers, without a shared
 * lock: each thread has its own DRBG generator, seeded from the operating system. (The JDK's
 * default {@code NativePRNG}, and so {@code UUID.randomUUID()}, serialises every caller on one
 * lock.)
 */
public final class Randomness {

  private static final ThreadLocal<SecureRandom> STRONG =
      ThreadLocal.withInitial(Randomness::newGenerator);

  private Randomness() {}

  /** This thread's generator; never share it with another thread. */
  public static SecureRandom strong() {
    return STRONG.get();
  }

  /** {@code bytes} random bytes as URL-safe Base64 without padding: a token for a URL or form. */
  public static String token(int bytes) {
    byte[] b = new byte[bytes];
    strong().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** A random (version 4) UUID. */
  public static UUID uuid() {
    byte[] b = new byte[16];
    strong().nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (b[i] & 0xff);
      low = (low << 8) | (b[i + 8] & 0xff);
    }
    return new UUID(high, low);
  }

  private static SecureRandom newGenerator() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
