package nl.waakzaam.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * Reads every setting once at deployment, so that a missing secret or a malformed value stops the
 * deployment with a message naming the environment variable, instead of failing a reporter later.
 */
@Singleton
@Startup
public class ConfigurationCheck {

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
  }
}
