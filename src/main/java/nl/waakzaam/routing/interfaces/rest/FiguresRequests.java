package nl.waakzaam.routing.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.waakzaam.routing.application.ForwardingFigures;
import nl.waakzaam.shared.interfaces.rest.Downloads;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.QueryParameters;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.signal.domain.SignalKind;

/** What the two figures resources share: the period and kind asked for, and the CSV answer. */
final class FiguresRequests {

  static final int DEFAULT_PERIOD_DAYS = 365;

  static final String PERIOD =
      "Over the packages forwarded from `from` to `to` (both included, Dutch time; default the last"
          + " 365 days, at most two years), of signals of `kind` when given.";

  private FiguresRequests() {}

  record Period(LocalDate from, LocalDate to) {}

  static Period period(String from, String to, LocalDate today) {
    LocalDate end = QueryParameters.date("to", to, today);
    LocalDate start = QueryParameters.date("from", from, end.minusDays(DEFAULT_PERIOD_DAYS - 1));
    if (start.isAfter(end)
        || ChronoUnit.DAYS.between(start, end) >= ForwardingFigures.MAX_PERIOD_DAYS) {
      throw new InvalidRequestException(Violation.of("from", "query.period"));
    }
    return new Period(start, end);
  }

  static Optional<SignalKind> kind(String kind) {
    return kind == null || kind.isBlank()
        ? Optional.empty()
        : Optional.of(QueryParameters.choice("kind", kind, SignalKind.class));
  }

  static Response csv(ForwardingFigures.Figures found, String name) {
    return Downloads.of(
        FiguresCsv.of(found),
        "text/csv; charset=UTF-8",
        name + "-" + found.from() + "-" + found.to() + ".csv");
  }
}
