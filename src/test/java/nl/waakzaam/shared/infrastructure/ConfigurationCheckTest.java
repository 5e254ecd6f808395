package nl.waakzaam.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import nl.waakzaam.shared.config.ConfigurationException;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.testing.MapConfig;
import org.junit.jupiter.api.Test;

/** The deployment stops on a missing secret or a malformed value, naming the variable to set. */
class ConfigurationCheckTest {

  @Test
  void withoutTheReceiptSecretTheApplicationDoesNotStart() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ConfigurationCheck.checkAll(new Settings(new MapConfig(Map.of()))));

    assertTrue(e.getMessage().contains("WAAKZAAM_RECEIPT_SECRET"), e.getMessage());
  }

  @Test
  void aMalformedValueStopsItToo() {
    Map<String, String> values =
        Map.of(
            "waakzaam.receipt.secret",
            Base64.getEncoder().encodeToString(new byte[32]),
            "waakzaam.followup.max-failures",
            "ten");

    assertThrows(
        ConfigurationException.class,
        () -> ConfigurationCheck.checkAll(new Settings(new MapConfig(values))));
  }

  @Test
  void theSecretAloneIsEnoughEverythingElseHasADefault() {
    Map<String, String> values =
        Map.of("waakzaam.receipt.secret", Base64.getEncoder().encodeToString(new byte[32]));

    assertDoesNotThrow(() -> ConfigurationCheck.checkAll(new Settings(new MapConfig(values))));
  }
}
