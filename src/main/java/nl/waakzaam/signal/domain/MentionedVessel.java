package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * A vessel the signal names besides the one a marina reports on, or in a signal of another kind
 * (the boat the cash came from). Known by name, registration or MMSI; at least one of them.
 */
@Embeddable
public class MentionedVessel {

  @Column(name = "name", length = 100)
  private String name;

  @Column(name = "registration", length = 50)
  private String registration;

  @Column(name = "mmsi", length = 9)
  private String mmsi;

  protected MentionedVessel() {}

  public MentionedVessel(String name, String registration, Mmsi mmsi) {
    if (name == null && registration == null && mmsi == null) {
      throw new IllegalArgumentException("A vessel needs a name, registration or MMSI");
    }
    this.name = name;
    this.registration = registration;
    this.mmsi = mmsi == null ? null : mmsi.value();
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public Optional<String> registration() {
    return Optional.ofNullable(registration);
  }

  public Optional<Mmsi> mmsi() {
    return Mmsi.parse(mmsi);
  }
}
