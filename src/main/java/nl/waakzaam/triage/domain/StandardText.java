package nl.waakzaam.triage.domain;

import java.util.Objects;
import java.util.Optional;
import nl.waakzaam.regions.domain.Region;

/**
 * A prepared text for a common message to reporters, such as the outcome "forwarded to a partner":
 * a national default, or a region's own version of it under the same key.
 *
 * @param region empty for the national default
 */
public record StandardText(
    Optional<Region> region, String key, Purpose purpose, String title, String body) {

  /** What the text is for, so that the console offers it in the right place. */
  public enum Purpose {
    QUESTION,
    INFORMATION,
    OUTCOME,
    REJECTION
  }

  public StandardText {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }
}
