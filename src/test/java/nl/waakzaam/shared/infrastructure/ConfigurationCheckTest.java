package nl.waakzaam.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashMap;
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
  void inDevelopmentTheSecretsAndTheIssuerAreEnoughEverythingElseHasADefault() {
    Map<String, String> values = new HashMap<>(keys());
    values.put("waakzaam.oidc.issuer", ISSUER);
    values.put("waakzaam.environment", "development");

    assertDoesNotThrow(() -> ConfigurationCheck.checkAll(new Settings(new MapConfig(values))));
  }

  /** Three keys, each its own. */
  private static Map<String, String> keys() {
    return Map.of(
        "waakzaam.receipt.secret", key(1),
        "waakzaam.attachment.master-key", key(2),
        "waakzaam.audit.key", key(3));
  }

  private static String key(int fill) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) fill);
    return Base64.getEncoder().encodeToString(key);
  }

  /** A deployment as it should be: own owner, long passwords, every secret its own. */
  private static Map<String, String> production() {
    Map<String, String> values = new HashMap<>(keys());
    values.put("waakzaam.oidc.issuer", ISSUER);
    values.put("waakzaam.db.user", "waakzaam_app");
    values.put("waakzaam.db.password", "a".repeat(32));
    values.put("waakzaam.db.owner-user", "waakzaam");
    return values;
  }

  private static String refusal(Map<String, String> values) {
    return assertThrows(
            ConfigurationException.class,
            () -> ConfigurationCheck.checkAll(new Settings(new MapConfig(values))))
        .getMessage();
  }

  @Test
  void aDeploymentAsItShouldBeStarts() {
    assertDoesNotThrow(
        () -> ConfigurationCheck.checkAll(new Settings(new MapConfig(production()))));
  }

  @Test
  void outsideDevelopmentTheApplicationsUserMayNotOwnTheSchema() {
    Map<String, String> same = production();
    same.put("waakzaam.db.owner-user", "waakzaam_app");
    Map<String, String> none = production();
    none.remove("waakzaam.db.owner-user");

    assertTrue(refusal(same).contains("WAAKZAAM_DB_OWNER_USER"), refusal(same));
    assertTrue(refusal(none).contains("WAAKZAAM_DB_OWNER_USER"), refusal(none));
  }

  @Test
  void outsideDevelopmentADatabasePasswordShorterThan32BytesIsRefused() {
    Map<String, String> shortPassword = production();
    shortPassword.put("waakzaam.db.password", "welkom123");
    Map<String, String> shortOwner = production();
    shortOwner.put("waakzaam.db.owner-password", "welkom123");

    assertTrue(refusal(shortPassword).contains("WAAKZAAM_DB_PASSWORD"), refusal(shortPassword));
    assertTrue(refusal(shortOwner).contains("WAAKZAAM_DB_OWNER_PASSWORD"), refusal(shortOwner));
  }

  @Test
  void outsideDevelopmentTwoSecretsAlikeAreRefusedWithoutShowingEither() {
    Map<String, String> alike = production();
    alike.put("waakzaam.audit.key", key(1));
    Map<String, String> passwordAsKey = production();
    passwordAsKey.put("waakzaam.db.owner-password", "a".repeat(32));

    String message = refusal(alike);
    assertTrue(message.contains("WAAKZAAM_AUDIT_KEY"), message);
    assertTrue(message.contains("WAAKZAAM_RECEIPT_SECRET"), message);
    assertTrue(!message.contains(key(1)), "the secret itself is never in the message");
    assertTrue(refusal(passwordAsKey).contains("WAAKZAAM_DB_OWNER_PASSWORD"));
  }

  @Test
  void anUnknownEnvironmentIsRefused() {
    Map<String, String> values = production();
    values.put("waakzaam.environment", "staging");

    assertTrue(refusal(values).contains("WAAKZAAM_ENVIRONMENT"), refusal(values));
  }
}
