package nl.waakzaam.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.waakzaam.shared.config.ConfigurationException;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * Reads every setting once at deployment, so that a missing secret or a malformed value stops the
 * deployment with a message naming the environment variable, instead of failing a reporter later.
 * Outside development it also refuses what only a laptop may do: the application's database user
 * owning the schema, short database passwords, two secrets alike.
 */
@Singleton
@Startup
public class ConfigurationCheck {

  static final String PRODUCTION = "production";
  static final String DEVELOPMENT = "development";
  private static final int MIN_SECRET_BYTES = 32;

  @Inject private Settings settings;

  @PostConstruct
  void checkAtDeployment() {
    checkAll(settings);
  }

  /**
   * @throws nl.waakzaam.shared.config.ConfigurationException at the first bad setting
   */
  static void checkAll(Settings settings) {
    for (Setting setting : Setting.values()) {
      settings.check(setting);
    }
    String environment = settings.text(Setting.ENVIRONMENT).strip();
    if (!environment.equals(PRODUCTION) && !environment.equals(DEVELOPMENT)) {
      throw new ConfigurationException(Setting.ENVIRONMENT, "must be production or development");
    }
    if (environment.equals(PRODUCTION)) {
      checkProduction(settings);
    }
  }

  /** What a laptop may do without and a deployment may not. */
  private static void checkProduction(Settings settings) {
    String owner = settings.text(Setting.DB_OWNER_USER).strip();
    if (owner.isEmpty() || owner.equals(settings.text(Setting.DB_USER).strip())) {
      throw new ConfigurationException(
          Setting.DB_OWNER_USER,
          "must name the schema's owner, a role other than the application's own"
              + " (WAAKZAAM_DB_USER): else the application could rewrite the audit trail");
    }
    // The keys are held to 32 bytes by their format already; the database passwords are too here.
    // The owner's is absent where the deployment migrates in a step of its own.
    for (Setting password : List.of(Setting.DB_PASSWORD, Setting.DB_OWNER_PASSWORD)) {
      String value = settings.text(password);
      if (password == Setting.DB_OWNER_PASSWORD && value.isEmpty()) {
        continue;
      }
      if (value.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
        throw new ConfigurationException(
            password, "must be at least " + MIN_SECRET_BYTES + " bytes outside development");
      }
    }
    Map<String, Setting> seen = new HashMap<>();
    for (Setting s : Setting.values()) {
      String value = s.secret() ? settings.text(s).strip() : "";
      if (value.isEmpty()) {
        continue;
      }
      Setting same = seen.putIfAbsent(value, s);
      if (same != null) {
        throw new ConfigurationException(
            s, "is the same as " + same.environmentVariable() + ": every secret must be its own");
      }
    }
  }
}
