package nl.waakzaam.intake.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import nl.waakzaam.intake.domain.ReceiptCode;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.testing.MapConfig;
import org.junit.jupiter.api.Test;

class ReceiptCodeHasherTest {

  private static ReceiptCodeHasher hasher(byte secretByte) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, secretByte);
    ReceiptCodeHasher hasher =
        new ReceiptCodeHasher(
            new Settings(
                new MapConfig(
                    Map.of(
                        "waakzaam.receipt.secret", Base64.getEncoder().encodeToString(secret)))));
    hasher.readSecret();
    return hasher;
  }

  @Test
  void theSameCodeGivesTheSameHashAsTypedOrCopied() {
    ReceiptCode code = ReceiptCode.generate(new SecureRandom());
    ReceiptCode typed = ReceiptCode.parse(code.grouped().toLowerCase()).orElseThrow();

    assertArrayEquals(hasher((byte) 1).hash(code), hasher((byte) 1).hash(typed));
    assertEquals(32, hasher((byte) 1).hash(code).length, "HMAC-SHA-256");
  }

  @Test
  void withoutTheServerSecretTheHashCannotBeReproduced() {
    ReceiptCode code = ReceiptCode.generate(new SecureRandom());

    assertFalse(Arrays.equals(hasher((byte) 1).hash(code), hasher((byte) 2).hash(code)));
  }

  @Test
  void theHashIsNotThePlainSha256OfTheCode() throws Exception {
    ReceiptCode code = ReceiptCode.generate(new SecureRandom());
    byte[] plain =
        java.security.MessageDigest.getInstance("SHA-256").digest(code.value().getBytes());

    assertFalse(Arrays.equals(plain, hasher((byte) 0).hash(code)));
  }
}
