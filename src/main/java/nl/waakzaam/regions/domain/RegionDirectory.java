package nl.waakzaam.regions.domain;

import java.util.List;
import java.util.Optional;

/**
 * Finds the region of a place from the postcode → municipality → region reference data. A postcode
 * missing from the data falls back to the majority region of its first three digits, then to the
 * municipality the reporter named.
 */
public interface RegionDirectory {

  /**
   * @param postcode the postcode, if the reporter gave one
   * @param municipalityName the municipality as the reporter wrote it, if given
   * @return the assignment, or empty when neither leads to a region
   */
  Optional<RegionAssignment> assign(Optional<Postcode> postcode, Optional<String> municipalityName);

  /** The municipality a name denotes, tolerant of case, accents and common short names. */
  Optional<Municipality> municipalityNamed(String name);

  /** Every municipality of the reference data, by name. */
  List<Municipality> municipalities();
}
