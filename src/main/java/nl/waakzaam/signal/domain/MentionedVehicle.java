package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/** A vehicle seen in connection with the signal, known by its licence plate. */
@Embeddable
public class MentionedVehicle {

  @Column(name = "licence_plate", length = 10)
  private String licencePlate;

  @Column(name = "plate_country", length = 2)
  private String plateCountry;

  @Column(name = "make_and_model", length = 100)
  private String makeAndModel;

  @Column(name = "colour", length = 50)
  private String colour;

  protected MentionedVehicle() {}

  public MentionedVehicle(LicencePlate plate, String makeAndModel, String colour) {
    Objects.requireNonNull(plate, "licence plate");
    this.licencePlate = plate.value();
    this.plateCountry = plate.country().orElse(null);
    this.makeAndModel = makeAndModel;
    this.colour = colour;
  }

  public LicencePlate licencePlate() {
    return LicencePlate.parse(licencePlate, plateCountry).orElseThrow();
  }

  public Optional<String> makeAndModel() {
    return Optional.ofNullable(makeAndModel);
  }

  public Optional<String> colour() {
    return Optional.ofNullable(colour);
  }
}
