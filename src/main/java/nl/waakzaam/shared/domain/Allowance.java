package nl.waakzaam.shared.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of something one subject may use per period: wrong receipt codes per client per quarter
 * of an hour, submissions per client per hour, bytes of files per client per hour. The whole
 * capacity comes back at the end of each period.
 *
 * @param name what is counted, lower case with dots, such as {@code followup.failures}
 * @param capacity how much may be used in one period, at least 1
 * @param period how long a period lasts, at least a second
 */
public record Allowance(String name, long capacity, Duration period) {

  public Allowance {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    if (!name.matches("[a-z][a-z.-]{0,39}")) {
      throw new IllegalArgumentException("An allowance's name is lower case with dots: " + name);
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("An allowance holds at least 1: " + capacity);
    }
    if (period.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("An allowance's period is at least a second: " + period);
    }
  }
}
