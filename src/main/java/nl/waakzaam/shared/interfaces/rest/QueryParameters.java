package nl.waakzaam.shared.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Query parameters read by hand, so that a malformed one is a 422 naming it (JAX-RS answers 404
 * when it cannot convert a query parameter).
 */
public final class QueryParameters {

  private QueryParameters() {}

  /** A date as {@code 2026-12-01}, or {@code otherwise} when not given. */
  public static LocalDate date(String name, String text, LocalDate otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(Violation.of(name, "query.date"));
    }
  }

  /** A page size from 1 to {@code max}. */
  public static int limit(String text, int max) {
    try {
      int limit = Integer.parseInt(text.trim());
      if (limit >= 1 && limit <= max) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidRequestException(new Violation("limit", "query.limit", Map.of("max", max)));
  }

  /** A positive whole number such as a sequence number, if given. */
  public static Optional<Long> position(String name, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      long value = Long.parseLong(text.trim());
      if (value > 0) {
        return Optional.of(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidRequestException(Violation.of(name, "query.position"));
  }

  /**
   * The choices of a repeatable query parameter ({@code status=A&status=B} or {@code status=A,B}),
   * by their names; empty when not given.
   */
  public static <E extends Enum<E>> Set<E> choices(String name, List<String> texts, Class<E> type) {
    EnumSet<E> chosen = EnumSet.noneOf(type);
    for (String text : texts == null ? List.<String>of() : texts) {
      for (String part : text.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        chosen.add(choice(name, part, type));
      }
    }
    return chosen;
  }

  /** One choice by its name, case-insensitive. */
  public static <E extends Enum<E>> E choice(String name, String text, Class<E> type) {
    String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    new Violation(
                        name,
                        "json.unknown-choice",
                        Map.of(
                            "allowed",
                            Arrays.stream(type.getEnumConstants())
                                .map(Enum::name)
                                .collect(Collectors.joining(", "))))));
  }
}
