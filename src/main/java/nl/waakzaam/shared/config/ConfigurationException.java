package nl.waakzaam.shared.config;

/** A setting is missing or malformed: the deployment must not go on with a guess. */
public class ConfigurationException extends RuntimeException {

  public ConfigurationException(Setting setting, String problem) {
    super(
        "Configuration "
            + setting.key()
            + " (environment variable "
            + setting.environmentVariable()
            + ") "
            + problem
            + ". "
            + setting.meaning());
  }
}
