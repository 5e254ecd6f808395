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

/**
 * The deployment stops on a missing secret or issuer, or a malformed value, naming the variable to
 * set.
 */
class ConfigurationCheckTest {

  private static final String ISSUER = "https://login.example.nl/realms/waakzaam";

  @Test
  void withoutTheReceiptSecretTheApplicationDoesNotStart() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                ConfigurationCheck.checkAll(
                    new Settings(new MapConfig(Map.of("waakzaam.oidc.issuer", ISSUER)))));

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
  void withoutTheTokenIssuerItDoesNotStartEither() {
    Map<String, String> values =
        Map.of("waakzaam.receipt.secret", Base64.getEncoder().encodeToString(new byte[32]));

    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ConfigurationCheck.checkAll(new Settings(new MapConfig(values))));
    assertTrue(e.getMessage().contains("WAAKZAAM_OIDC_ISSUER"), e.getMessage());
  }

  @Test
  void withoutTheAttachmentMasterKeyItDoesNotStartEither() {
    Map<String, String> values =
        Map.of(
            "waakzaam.receipt.secret",
            Base64.getEncoder().encodeToString(new byte[32]),
            "waakzaam.audit.key",
            Base64.getEncoder().encodeToString(new byte[32]),
            "waakzaam.oidc.issuer",
            ISSUER);

    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> ConfigurationCheck.checkAll(new Settings(new MapConfig(values))));
    assertTrue(e.getMessage().contains("WAAKZAAM_ATTACHMENT_MASTER_KEY"), e.getMessage());
  }

  @Test
  void theSecretsAndTheIssuerAreEnoughEverythingElseHasADefault() {
    Map<String, String> values =
        Map.of(
            "waakzaam.receipt.secret",
            Base64.getEncoder().encodeToString(new byte[32]),
            "waakzaam.attachment.master-key",
            Base64.getEncoder().encodeToString(new byte[32]),
            "waakzaam.audit.key",
            Base64.getEncoder().encodeToString(new byte[32]),
            "waakzaam.oidc.issuer",
            ISSUER);

    assertDoesNotThrow(() -> ConfigurationCheck.checkAll(new Settings(new MapConfig(values))));
  }
}
