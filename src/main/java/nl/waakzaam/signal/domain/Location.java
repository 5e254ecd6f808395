package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;
import nl.waakzaam.regions.domain.Municipality;
import nl.waakzaam.regions.domain.Postcode;

/**
 * Where a signal happened: the reporter's postcode, municipality and address as given, and the
 * municipality the reference data found for them.
 */
@Embeddable
public class Location {

  @Column(name = "postcode", length = 7)
  private String postcode;

  @Column(name = "municipality", length = 100)
  private String municipality;

  @Column(name = "municipality_code", length = 6)
  private String municipalityCode;

  @Column(name = "address", length = 200)
  private String address;

  protected Location() {}

  Location(Place place, Optional<Municipality> found) {
    this.postcode = place.postcode().map(Postcode::value).orElse(null);
    this.municipality = place.municipality().orElse(null);
    this.municipalityCode = found.map(Municipality::code).orElse(null);
    this.address = place.address().orElse(null);
  }

  public Optional<Postcode> postcode() {
    return Postcode.parse(postcode);
  }

  /** The municipality as the reporter named it. */
  public Optional<String> municipality() {
    return Optional.ofNullable(municipality);
  }

  /** The CBS code of the municipality found from the postcode or name. */
  public Optional<String> municipalityCode() {
    return Optional.ofNullable(municipalityCode);
  }

  public Optional<String> address() {
    return Optional.ofNullable(address);
  }
}
