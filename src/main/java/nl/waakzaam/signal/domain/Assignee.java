package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** The staff member handling a signal, by the user name colleagues know them by. */
@Embeddable
public class Assignee {

  @Column(name = "assignee", length = 100)
  private String userName;

  protected Assignee() {}

  private Assignee(String userName) {
    this.userName = userName;
  }

  public static Assignee named(String userName) {
    if (userName == null || userName.isBlank()) {
      throw new IllegalArgumentException("An assignee has a user name");
    }
    return new Assignee(userName);
  }

  public String userName() {
    return userName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assignee a && Objects.equals(userName, a.userName);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(userName);
  }

  @Override
  public String toString() {
    return userName;
  }
}
