package nl.waakzaam.regions.domain;

import java.util.Optional;

/**
 * The region a signal is assigned to at intake, and on what basis, so that staff can see how sure
 * the assignment is.
 */
public record RegionAssignment(Region region, Basis basis, Optional<Municipality> municipality) {

  /** How the region was found, from most to least precise. */
  public enum Basis {
    /** The four-digit postcode is in the reference data. */
    POSTCODE,
    /** The postcode is not; the majority region of its first three digits was taken. */
    POSTCODE_AREA,
    /** No usable postcode; the municipality the reporter named was taken. */
    MUNICIPALITY
  }
}
