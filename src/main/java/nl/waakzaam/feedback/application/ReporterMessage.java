package nl.waakzaam.feedback.application;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.waakzaam.feedback.domain.Message;

/** A message as the reporter sees it: who of the two sides, what sort, the text and the day. */
public record ReporterMessage(Message.Author author, Message.Kind kind, String body, LocalDate on) {

  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  /** Whether the platform wrote it (a question or a message), not the reporter's side. */
  public boolean fromPlatform() {
    return author == Message.Author.STAFF;
  }

  static ReporterMessage of(Message m) {
    return new ReporterMessage(
        m.author(), m.kind(), m.body(), LocalDate.ofInstant(m.createdAt(), DUTCH_TIME));
  }
}
