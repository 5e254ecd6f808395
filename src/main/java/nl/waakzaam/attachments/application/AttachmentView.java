package nl.waakzaam.attachments.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.attachments.domain.Attachment;
import nl.waakzaam.attachments.domain.AttachmentState;
import nl.waakzaam.attachments.domain.Refusal;
import nl.waakzaam.signal.domain.Actor;

/**
 * A file of a signal as the use cases hand it out: read from the attachment inside the transaction
 * that loaded it, so that no managed attachment reaches the REST or page layer.
 */
public record AttachmentView(
    UUID id,
    AttachmentState state,
    Optional<Refusal> refusal,
    String declaredName,
    Optional<String> declaredType,
    Optional<String> detectedType,
    long size,
    byte[] sha256,
    Actor.Type uploadedBy,
    Instant receivedAt) {

  static AttachmentView of(Attachment a) {
    return new AttachmentView(
        a.id(),
        a.state(),
        a.refusal(),
        a.declaredName(),
        a.declaredType(),
        a.detectedType(),
        a.size(),
        a.sha256().clone(),
        a.uploader().type(),
        a.receivedAt());
  }
}
