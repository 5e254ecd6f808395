package nl.waakzaam.attachments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.waakzaam.attachments.domain.Attachment;
import nl.waakzaam.attachments.domain.AttachmentRepository;
import nl.waakzaam.attachments.domain.AttachmentState;
import nl.waakzaam.attachments.domain.FileStore;
import nl.waakzaam.attachments.domain.Inspection;
import nl.waakzaam.attachments.domain.Refusal;
import nl.waakzaam.attachments.domain.StagedFile;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Signal;

/**
 * The short transactions around a file: keeping it, claiming its inspection, recording the verdict.
 * The long parts (reading the upload, the inspection) run outside any transaction.
 */
@ApplicationScoped
public class AttachmentRecords {

  /** Inspections a file gets before it is given up as failing. */
  static final int MAX_ATTEMPTS = 3;

  private AttachmentRepository attachments;
  private FileStore files;
  private Event<AttachmentReceived> received;
  private Event<FileAccepted> accepted;
  private Clock clock;

  protected AttachmentRecords() {}

  @Inject
  AttachmentRecords(
      AttachmentRepository attachments,
      FileStore files,
      Event<AttachmentReceived> received,
      Event<FileAccepted> accepted,
      Clock clock) {
    this.attachments = attachments;
    this.files = files;
    this.received = received;
    this.accepted = accepted;
    this.clock = clock;
  }

  /** What the inspection needs of a claimed file. */
  record Claim(UUID attachment, UUID original) {}

  /**
   * Keeps a staged upload for the signal, within the signal's limits (counted under a lock on the
   * signal, so that two uploads at once cannot both take the last place).
   *
   * @throws SignalFullException when the signal holds as many files or bytes as it may
   */
  @Transactional
  public AttachmentView keep(
      Supplier<Signal> signal,
      StagedFile staged,
      String declaredName,
      String declaredType,
      Actor uploader,
      AttachmentLimits limits) {
    Signal target = signal.get();
    AttachmentRepository.Usage usage = attachments.usageOf(target, LockModeType.PESSIMISTIC_WRITE);
    if (usage.files() >= limits.files() || usage.bytes() + staged.size() > limits.signalBytes()) {
      throw new SignalFullException();
    }
    files.keep(staged);
    Attachment attachment =
        Attachment.received(
            target,
            staged,
            files.seal(
                staged.id(),
                FileStore.Derived.DECLARED_NAME,
                Attachment.nameOf(declaredName).getBytes(StandardCharsets.UTF_8)),
            declaredType,
            uploader,
            clock.instant());
    attachments.add(attachment);
    received.fire(new AttachmentReceived(attachment.id()));
    return AttachmentView.of(attachment, files);
  }

  /** Claims the inspection of one file, unless it is done or running elsewhere. */
  @Transactional
  public Optional<Claim> claim(UUID id, Instant stale) {
    return attachments
        .findForUpdate(id)
        .filter(a -> a.state() == AttachmentState.RECEIVED)
        .filter(a -> a.processingStartedAt().map(t -> t.isBefore(stale)).orElse(true))
        .flatMap(this::start);
  }

  /** Claims files whose inspection never ran or was cut short (a crash, a restart). */
  @Transactional
  public List<Claim> claimInterrupted(Instant stale, int limit) {
    return attachments.claimWaiting(stale, limit).stream()
        .map(this::start)
        .flatMap(Optional::stream)
        .toList();
  }

  private Optional<Claim> start(Attachment attachment) {
    Instant now = clock.instant();
    if (attachment.attempts() >= MAX_ATTEMPTS) {
      attachment.refuse(Refusal.PROCESSING_FAILED, null, now);
      return Optional.empty();
    }
    attachment.startInspection(now);
    return Optional.of(new Claim(attachment.id(), attachment.original()));
  }

  /**
   * Records the verdict, with the clean copy of an accepted file; an accepted file's text is
   * announced ({@link FileAccepted}) in the same transaction.
   */
  @Transactional
  public void record(UUID id, Inspection verdict) {
    Attachment attachment = attachments.find(id).orElseThrow();
    if (attachment.state() != AttachmentState.RECEIVED) {
      return;
    }
    Instant now = clock.instant();
    if (verdict.isAccepted()) {
      UUID copy = files.keep(verdict.sanitized());
      byte[] text =
          files.seal(
              attachment.original(),
              FileStore.Derived.EXTRACTED_TEXT,
              verdict.text().getBytes(StandardCharsets.UTF_8));
      attachment.accept(verdict.detectedType(), text, copy, now);
      accepted.fire(
          new FileAccepted(
              attachment.signal().id(), attachment.id(), attachment.original(), verdict.text()));
    } else {
      attachment.refuse(verdict.refusal().orElseThrow(), verdict.detectedType(), now);
    }
  }
}
