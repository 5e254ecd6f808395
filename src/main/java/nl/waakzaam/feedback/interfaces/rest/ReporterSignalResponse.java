package nl.waakzaam.feedback.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signal as its reporter sees it, with labels in the caller's language. */
@Schema(name = "ReporterSignal")
public record ReporterSignalResponse(
    String reference,
    String kind,
    String status,
    String statusLabel,
    String outcome,
    String outcomeLabel,
    String outcomeText,
    LocalDate receivedOn,
    List<Step> timeline) {

  /** One step of the reporter's timeline. */
  @Schema(name = "ReporterTimelineStep")
  public record Step(String status, String label, LocalDate on) {}
}
