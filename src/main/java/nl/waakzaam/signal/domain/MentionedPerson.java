package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/** Someone the signal is about, as far as the reporter could tell. Every part is optional. */
@Embeddable
public class MentionedPerson {

  @Column(name = "name", length = 200)
  private String name;

  @Column(name = "role", length = 200)
  private String role;

  @Column(name = "description", length = 1000)
  private String description;

  @Column(name = "phone", length = 30)
  private String phone;

  @Column(name = "email", length = 254)
  private String email;

  protected MentionedPerson() {}

  /**
   * @param role the part the person played, in the reporter's words ("the man who came to look")
   * @param description appearance, language, anything that may recognise the person again
   */
  public MentionedPerson(String name, String role, String description, String phone, String email) {
    this.name = name;
    this.role = role;
    this.description = description;
    this.phone = phone;
    this.email = email;
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }
}
