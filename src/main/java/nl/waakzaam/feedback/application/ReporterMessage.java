package nl.waakzaam.feedback.application;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.waakzaam.feedback.domain.Message;

/** A message as the reporter sees it: who of the two sides, what sort, the text and the day. */
public record ReporterMessage(Message.Author author, Message.Kind kind, String body, LocalDate on) {

  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  static ReporterMessage of(Message m) {
    return new ReporterMessage(
        m.author(), m.kind(), m.body(), LocalDate.ofInstant(m.createdAt(), DUTCH_TIME));
  }
}
