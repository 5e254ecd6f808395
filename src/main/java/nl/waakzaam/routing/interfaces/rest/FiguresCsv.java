package nl.waakzaam.routing.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import nl.waakzaam.routing.application.ForwardingFigures;
import nl.waakzaam.routing.domain.PartnerOutcome;
import nl.waakzaam.routing.domain.ShownCounts;

/**
 * The forwarding figures as CSV (RFC 4180): a header of stable column names, one row per partner or
 * kind of partner, a suppressed count as an empty field, decimals with a point. A field that a
 * spreadsheet would take for a formula is prefixed with an apostrophe.
 */
final class FiguresCsv {

  private FiguresCsv() {}

  static byte[] of(ForwardingFigures.Figures figures) {
    StringBuilder csv = new StringBuilder();
    List<String> header =
        new ArrayList<>(
            List.of(
                "partner",
                "name",
                "forwarded",
                "read",
                "with_outcome",
                "hours_to_read_median",
                "hours_to_read_p90",
                "hours_to_outcome_median",
                "hours_to_outcome_p90"));
    for (PartnerOutcome outcome : PartnerOutcome.values()) {
      header.add("outcome_" + outcome.name().toLowerCase(java.util.Locale.ROOT));
    }
    line(csv, header);
    for (ForwardingFigures.Row row : figures.rows()) {
      ShownCounts c = row.counts();
      List<String> fields = new ArrayList<>();
      fields.add(row.key());
      fields.add(row.name());
      fields.add(count(c.forwarded()));
      fields.add(count(c.read()));
      fields.add(count(c.withOutcome()));
      fields.add(hours(c.toRead().medianHours()));
      fields.add(hours(c.toRead().p90Hours()));
      fields.add(hours(c.toOutcome().medianHours()));
      fields.add(hours(c.toOutcome().p90Hours()));
      for (PartnerOutcome outcome : PartnerOutcome.values()) {
        fields.add(count(c.outcomes().get(outcome)));
      }
      line(csv, fields);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  static String field(String value) {
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quoted =
        safe.indexOf('"') >= 0
            || safe.indexOf(',') >= 0
            || safe.indexOf('\n') >= 0
            || safe.indexOf('\r') >= 0;
    return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  private static String count(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : "";
  }

  private static String hours(OptionalDouble value) {
    return value.isPresent() ? Double.toString(value.getAsDouble()) : "";
  }
}
