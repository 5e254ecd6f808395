package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/**
 * How a reporter who chose not to stay anonymous can be reached, and whether they consent to these
 * details being shared with partners. Consent is asked explicitly; there is no default.
 */
@Embeddable
public class ContactDetails {

  @Column(name = "contact_name", length = 200)
  private String name;

  @Column(name = "contact_email", length = 254)
  private String email;

  @Column(name = "contact_phone", length = 30)
  private String phone;

  @Column(name = "contact_share_with_partners")
  private Boolean shareWithPartners;

  protected ContactDetails() {}

  public ContactDetails(String name, String email, String phone, boolean shareWithPartners) {
    if (email == null && phone == null) {
      throw new IllegalArgumentException(
          "Contact details need an e-mail address or a phone number");
    }
    this.name = name;
    this.email = email;
    this.phone = phone;
    this.shareWithPartners = shareWithPartners;
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public boolean shareWithPartners() {
    return Objects.requireNonNull(shareWithPartners);
  }
}
