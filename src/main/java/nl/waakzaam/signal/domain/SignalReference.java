package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The public reference of a signal, {@code VO-2026-483920}: the year of receipt and six digits.
 *
 * <p>The digits are drawn at random rather than counted, so that a reference tells nobody how many
 * signals came before it or when in the year it was made. Knowing a reference gives access to
 * nothing: the reporter needs the receipt code, staff need their role and region.
 */
@Embeddable
public class SignalReference {

  private static final Pattern FORMAT = Pattern.compile("VO-[0-9]{4}-[0-9]{6}");

  @Column(name = "reference", nullable = false, updatable = false, length = 14)
  private String value;

  protected SignalReference() {}

  private SignalReference(String value) {
    this.value = value;
  }

  public static SignalReference random(int year, RandomGenerator random) {
    return new SignalReference(String.format("VO-%04d-%06d", year, random.nextInt(1, 1_000_000)));
  }

  /**
   * The signal a caller names by {@code text} in a path: a text that is no reference names no
   * signal, answered as one of another region is (404), not as a malformed request.
   *
   * @throws UnknownSignalException when {@code text} is no reference
   */
  public static SignalReference named(String text) {
    return parse(text).orElseThrow(UnknownSignalException::new);
  }

  public static Optional<SignalReference> parse(String text) {
    return text != null && FORMAT.matcher(text).matches()
        ? Optional.of(new SignalReference(text))
        : Optional.empty();
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignalReference r && Objects.equals(value, r.value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
