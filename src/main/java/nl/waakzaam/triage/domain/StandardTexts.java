package nl.waakzaam.triage.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.regions.domain.Region;

/** The standard texts, national and regional. */
public interface StandardTexts {

  /** The texts that hold for {@code region}: its own, and the national ones it did not replace. */
  List<StandardText> forRegion(Region region);

  /** The text under {@code key} that holds for {@code region}, if there is one. */
  Optional<StandardText> find(Region region, String key);

  /** Stores the region's own version of a text, replacing an earlier one. */
  void save(
      Region region,
      String key,
      StandardText.Purpose purpose,
      String title,
      String body,
      String by,
      Instant at);
}
