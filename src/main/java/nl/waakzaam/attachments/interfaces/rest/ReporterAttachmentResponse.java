package nl.waakzaam.attachments.interfaces.rest;

import java.time.Instant;
import java.util.UUID;
import nl.waakzaam.attachments.application.AttachmentView;
import nl.waakzaam.shared.interfaces.rest.Messages;

/**
 * A file as its reporter sees it: the name they gave it, whether it was taken, and if not, why.
 * Files staff added are not shown to the reporter.
 */
public record ReporterAttachmentResponse(
    UUID id,
    String name,
    long size,
    String state,
    String stateText,
    String refusal,
    String refusalText,
    Instant receivedAt) {

  static ReporterAttachmentResponse of(AttachmentView a, Messages messages) {
    return new ReporterAttachmentResponse(
        a.id(),
        a.declaredName(),
        a.size(),
        a.state().name(),
        messages.text("attachment.state." + a.state().name()),
        a.refusal().map(Enum::name).orElse(null),
        a.refusal().map(r -> messages.text("attachment.refusal." + r.name())).orElse(null),
        a.receivedAt());
  }
}
