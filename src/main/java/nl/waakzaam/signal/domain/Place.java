package nl.waakzaam.signal.domain;

import java.util.Objects;
import java.util.Optional;
import nl.waakzaam.regions.domain.Postcode;

/**
 * Where it happened, as the reporter gave it: a postcode, a municipality, or both, and optionally
 * an address.
 */
public record Place(
    Optional<Postcode> postcode, Optional<String> municipality, Optional<String> address) {

  public Place {
    Objects.requireNonNull(postcode);
    Objects.requireNonNull(municipality);
    Objects.requireNonNull(address);
    if (postcode.isEmpty() && municipality.isEmpty()) {
      throw new IllegalArgumentException("A place needs a postcode or a municipality");
    }
  }
}
