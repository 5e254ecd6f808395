package nl.waakzaam.feedback.interfaces.rest;

import java.time.LocalDate;
import nl.waakzaam.feedback.application.ReporterMessage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One message of the conversation as the reporter sees it: from the platform ({@code QUESTION},
 * {@code INFORMATION}) or from the reporter ({@code REPLY}, {@code ADDITION}). Which staff member
 * wrote it is never shown.
 */
@Schema(name = "ReporterMessage")
public record ReporterMessageResponse(
    @Schema(enumeration = {"PLATFORM", "REPORTER"}) String from,
    @Schema(enumeration = {"QUESTION", "INFORMATION", "REPLY", "ADDITION"}) String kind,
    String text,
    LocalDate on) {

  static ReporterMessageResponse of(ReporterMessage m) {
    return new ReporterMessageResponse(
        m.fromPlatform() ? "PLATFORM" : "REPORTER", m.kind().name(), m.body(), m.on());
  }
}
