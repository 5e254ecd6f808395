package nl.waakzaam.associations.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.waakzaam.associations.application.AssociationSignalView;
import nl.waakzaam.feedback.application.ReporterMessage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of the association's signals, as its member would see it on the follow-up page: status,
 * timeline, outcome and the conversation with the platform.
 */
@Schema(name = "AssociationSignal")
public record AssociationSignalResponse(
    String reference,
    @Schema(enumeration = {"GENERAL", "BARN_OFFER", "VESSEL"}) String kind,
    String memberReference,
    String batchId,
    @Schema(description = "As the reporter sees it.") String status,
    String outcome,
    String outcomeText,
    LocalDate receivedOn,
    List<Step> timeline,
    List<MessageItem> messages,
    @Schema(description = "When the reporter's view last changed; for changedSince.")
        Instant changedAt) {

  /** One step of the reporter's timeline. */
  @Schema(name = "AssociationTimelineStep")
  public record Step(String status, LocalDate on) {}

  /** One message: from the platform ({@code QUESTION}, {@code INFORMATION}) or to it. */
  @Schema(name = "AssociationMessage")
  public record MessageItem(
      @Schema(enumeration = {"PLATFORM", "REPORTER"}) String from,
      @Schema(enumeration = {"QUESTION", "INFORMATION", "REPLY", "ADDITION"}) String kind,
      String text,
      LocalDate on) {

    static MessageItem of(ReporterMessage m) {
      return new MessageItem(
          m.fromPlatform() ? "PLATFORM" : "REPORTER", m.kind().name(), m.body(), m.on());
    }
  }

  static AssociationSignalResponse of(AssociationSignalView v) {
    return new AssociationSignalResponse(
        v.reference().value(),
        v.kind().name(),
        v.memberReference().orElse(null),
        v.batchId().toString(),
        v.status().name(),
        v.outcome().map(Enum::name).orElse(null),
        v.outcomeText().orElse(null),
        v.receivedOn(),
        v.timeline().stream().map(e -> new Step(e.status().name(), e.on())).toList(),
        v.messages().stream().map(MessageItem::of).toList(),
        v.changedAt());
  }
}
