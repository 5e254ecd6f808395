package nl.waakzaam.shared.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.sql.DataSourceDefinition;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import nl.waakzaam.shared.infrastructure.DatabaseSchema;
import nl.waakzaam.testing.MapConfig;
import org.junit.jupiter.api.Test;

class SettingsTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private static Settings with(Map<String, String> values) {
    return new Settings(new MapConfig(values));
  }

  @Test
  void aMissingReceiptSecretStopsTheDeploymentNamingTheEnvironmentVariable() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> with(Map.of()).check(Setting.RECEIPT_SECRET));

    assertTrue(e.getMessage().contains("WAAKZAAM_RECEIPT_SECRET"), e.getMessage());
  }

  @Test
  void aShortOrMalformedSecretIsRefused() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[31]);

    assertThrows(
        ConfigurationException.class,
        () -> with(Map.of("waakzaam.receipt.secret", shortKey)).check(Setting.RECEIPT_SECRET));
    assertThrows(
        ConfigurationException.class,
        () -> with(Map.of("waakzaam.receipt.secret", "not base64!")).check(Setting.RECEIPT_SECRET));
    assertEquals(
        32, with(Map.of("waakzaam.receipt.secret", KEY)).secretKey(Setting.RECEIPT_SECRET).length);
  }

  @Test
  void defaultsApplyAndGivenValuesWin() {
    assertEquals(Duration.ofMinutes(15), with(Map.of()).duration(Setting.FOLLOWUP_IDLE_TIMEOUT));
    assertEquals(
        Duration.ofSeconds(30),
        with(Map.of("waakzaam.followup.idle-timeout", "PT30S"))
            .duration(Setting.FOLLOWUP_IDLE_TIMEOUT));
    assertEquals(262_144, with(Map.of()).positiveInteger(Setting.API_MAX_BODY_BYTES));
  }

  @Test
  void malformedNumbersAndDurationsAreRefused() {
    assertThrows(
        ConfigurationException.class,
        () -> with(Map.of("waakzaam.api.max-body-bytes", "-1")).check(Setting.API_MAX_BODY_BYTES));
    assertThrows(
        ConfigurationException.class,
        () ->
            with(Map.of("waakzaam.followup.idle-timeout", "15 minutes"))
                .check(Setting.FOLLOWUP_IDLE_TIMEOUT));
  }

  @Test
  void everySettingHasTheEnvironmentVariableMicroProfileConfigMapsItTo() {
    assertEquals("WAAKZAAM_DB_URL", Setting.DB_URL.environmentVariable());
    assertEquals(
        "WAAKZAAM_FOLLOWUP_IDLE_TIMEOUT", Setting.FOLLOWUP_IDLE_TIMEOUT.environmentVariable());
    for (Setting s : Setting.values()) {
      assertTrue(s.key().startsWith("waakzaam."), s.key());
      assertTrue(s.environmentVariable().matches("WAAKZAAM_[A-Z0-9_]+"), s.environmentVariable());
    }
  }

  @Test
  void onlyTheThreeSecretsAndTheTokenIssuerMustBeGiven() {
    assertEquals(
        java.util.EnumSet.of(
            Setting.RECEIPT_SECRET,
            Setting.ATTACHMENT_MASTER_KEY,
            Setting.AUDIT_KEY,
            Setting.OIDC_ISSUER),
        java.util.Arrays.stream(Setting.values())
            .filter(Setting::required)
            .collect(
                java.util.stream.Collectors.toCollection(
                    () -> java.util.EnumSet.noneOf(Setting.class))));
  }

  @Test
  void theDataSourceDefaultsAreTheSettingDefaults() {
    DataSourceDefinition ds = DatabaseSchema.class.getAnnotation(DataSourceDefinition.class);

    assertEquals(expression(Setting.DB_URL), ds.url());
    assertEquals(expression(Setting.DB_USER), ds.user());
    assertEquals(expression(Setting.DB_PASSWORD), ds.password());
  }

  private static String expression(Setting s) {
    return "${MPCONFIG=" + s.key() + ":" + s.defaultValue().orElseThrow() + "}";
  }

  @Test
  void serviceLevelsAreWorkingDaysPerPriority() {
    assertEquals(
        Map.of("LOW", 10, "NORMAL", 5, "HIGH", 2, "URGENT", 1),
        with(Map.of()).daysByName(Setting.SLA_FIRST_FEEDBACK));
    assertEquals(
        Map.of("NORMAL", 3, "HIGH", 1),
        with(Map.of("waakzaam.sla.first-feedback", " normal=3, HIGH = 1"))
            .daysByName(Setting.SLA_FIRST_FEEDBACK));
    for (String bad : new String[] {"NORMAL", "NORMAL=0", "NORMAL=366", "=5", "NORMAL=5,HIGH"}) {
      assertThrows(
          ConfigurationException.class,
          () -> with(Map.of("waakzaam.sla.decision", bad)).check(Setting.SLA_DECISION),
          bad);
    }
  }
}
