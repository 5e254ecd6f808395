package nl.waakzaam.feedback.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    List<Step> timeline,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description =
                "The kinds of partner the signal went to, in words (\"de politie\"); empty unless"
                    + " the platform decided the reporter may read them. Never an organisation's"
                    + " name.")
        List<String> partners) {

  /** One step of the reporter's timeline. */
  @Schema(name = "ReporterTimelineStep")
  public record Step(String status, String label, LocalDate on) {}
}
