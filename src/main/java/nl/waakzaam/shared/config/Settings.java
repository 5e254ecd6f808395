package nl.waakzaam.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Typed access to the {@link Setting}s; a missing or malformed value is a {@link
 * ConfigurationException}.
 */
@ApplicationScoped
public class Settings {

  static final int MIN_SECRET_BYTES = 32;

  private Config config;

  protected Settings() {}

  @Inject
  public Settings(Config config) {
    this.config = config;
  }

  /**
   * Reads the setting as its format says, so that a bad value stops the deployment, not a request.
   */
  public void check(Setting setting) {
    switch (setting.format()) {
      case TEXT, SECRET_TEXT -> text(setting);
      case SECRET_KEY -> secretKey(setting);
      case DURATION -> duration(setting);
      case POSITIVE_INTEGER -> positiveInteger(setting);
      case DAYS_BY_NAME -> daysByName(setting);
    }
  }

  public String text(Setting setting) {
    return config
        .getOptionalValue(setting.key(), String.class)
        .or(setting::defaultValue)
        .orElseThrow(() -> new ConfigurationException(setting, "is not set"));
  }

  public int positiveInteger(Setting setting) {
    try {
      int value = Integer.parseInt(text(setting).trim());
      if (value <= 0) {
        throw new ConfigurationException(setting, "must be a positive whole number");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigurationException(setting, "must be a positive whole number");
    }
  }

  public Duration duration(Setting setting) {
    try {
      Duration value = Duration.parse(text(setting).trim());
      if (value.isNegative() || value.isZero()) {
        throw new ConfigurationException(
            setting, "must be a positive ISO-8601 duration such as PT15M");
      }
      return value;
    } catch (DateTimeParseException e) {
      throw new ConfigurationException(
          setting, "must be a positive ISO-8601 duration such as PT15M");
    }
  }

  /** {@code NAME=days,...}: names in upper case, each with 1 to 365 days. */
  public Map<String, Integer> daysByName(Setting setting) {
    Map<String, Integer> days = new LinkedHashMap<>();
    for (String pair : text(setting).split(",")) {
      String[] parts = pair.split("=", -1);
      try {
        int value = Integer.parseInt(parts[1].trim());
        String name = parts[0].trim().toUpperCase(Locale.ROOT);
        if (parts.length != 2 || name.isEmpty() || value < 1 || value > 365) {
          throw new NumberFormatException();
        }
        days.put(name, value);
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new ConfigurationException(
            setting, "must read NAME=days,NAME=days with 1 to 365 days, such as NORMAL=5,HIGH=2");
      }
    }
    return Map.copyOf(days);
  }

  /** A secret key given in Base64, at least 256 bits long. */
  public byte[] secretKey(Setting setting) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text(setting).trim());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(setting, "must be Base64");
    }
    if (key.length < MIN_SECRET_BYTES) {
      throw new ConfigurationException(
          setting, "must hold at least " + MIN_SECRET_BYTES + " bytes (Base64 of 32 random bytes)");
    }
    return key;
  }
}
