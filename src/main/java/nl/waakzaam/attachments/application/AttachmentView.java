package nl.waakzaam.attachments.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.attachments.domain.Attachment;
import nl.waakzaam.attachments.domain.AttachmentState;
import nl.waakzaam.attachments.domain.FileStore;
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

  /** Read from {@code a}, its sealed name opened with its file's key. */
  static AttachmentView of(Attachment a, FileStore files) {
    return new AttachmentView(
        a.id(),
        a.state(),
        a.refusal(),
        a.sealedName()
            .map(
                name ->
                    new String(
                        files.open(a.original(), FileStore.Derived.DECLARED_NAME, name),
                        StandardCharsets.UTF_8))
            .orElse(Attachment.nameOf(null)),
        a.declaredType(),
        a.detectedType(),
        a.size(),
        a.sha256().clone(),
        a.uploader().type(),
        a.receivedAt());
  }
}
