package nl.waakzaam.attachments.interfaces.rest;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import nl.waakzaam.attachments.application.AttachmentView;
import nl.waakzaam.shared.interfaces.rest.Messages;

/**
 * A file of a signal as staff see it. The name the uploader gave and the type they declared are
 * information only; {@code detectedType} is what the content showed.
 */
public record AttachmentResponse(
    UUID id,
    String state,
    String refusal,
    String refusalText,
    String declaredName,
    String declaredType,
    String detectedType,
    long size,
    String sha256,
    String uploadedBy,
    Instant receivedAt) {

  static AttachmentResponse of(AttachmentView a, Messages messages) {
    return new AttachmentResponse(
        a.id(),
        a.state().name(),
        a.refusal().map(Enum::name).orElse(null),
        a.refusal().map(r -> messages.text("attachment.refusal." + r.name())).orElse(null),
        a.declaredName(),
        a.declaredType().orElse(null),
        a.detectedType().orElse(null),
        a.size(),
        HexFormat.of().formatHex(a.sha256()),
        a.uploadedBy().name(),
        a.receivedAt());
  }
}
