package nl.waakzaam.attachments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.attachments.domain.Attachment;
import nl.waakzaam.attachments.domain.AttachmentRepository;
import nl.waakzaam.attachments.domain.AttachmentState;
import nl.waakzaam.attachments.domain.FileStore;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.signal.application.StaffLookup;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;

/**
 * Staff of a signal's region list its files and download them: the clean copy, or, with the
 * permission for it, the file as uploaded. Every download is in the audit trail. A download is
 * named by the signal and a number, never by the name the uploader gave.
 */
@ApplicationScoped
public class AttachmentDownload {

  private static final Map<String, String> EXTENSIONS =
      Map.of(
          "image/jpeg", "jpg",
          "image/png", "png",
          "application/pdf", "pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
          "application/vnd.oasis.opendocument.text", "odt",
          "text/plain", "txt");

  /** A file to send: its bytes, the type its content showed, and the name to save it under. */
  public record Download(byte[] content, String contentType, String fileName) {}

  private CurrentUser user;
  private StaffLookup lookup;
  private AttachmentRepository attachments;
  private FileStore files;
  private AuditTrail audit;

  protected AttachmentDownload() {}

  @Inject
  AttachmentDownload(
      CurrentUser user,
      StaffLookup lookup,
      AttachmentRepository attachments,
      FileStore files,
      AuditTrail audit) {
    this.user = user;
    this.lookup = lookup;
    this.attachments = attachments;
    this.files = files;
    this.audit = audit;
  }

  /** The files of a signal of the caller's regions, oldest first; the look is audited. */
  @Transactional
  public List<AttachmentView> list(SignalReference reference) {
    Signal signal = signal(reference);
    audit(AuditAction.ATTACHMENTS_LISTED, signal);
    return attachments.of(signal).stream().map(a -> AttachmentView.of(a, files)).toList();
  }

  /**
   * The clean copy of an accepted file.
   *
   * @throws UnknownAttachmentException when the signal has no such file, or it is not accepted
   */
  @Transactional
  public Download cleanCopy(SignalReference reference, UUID id) {
    Signal signal = signal(reference);
    Attachment attachment = attachmentOf(signal, id);
    if (attachment.state() != AttachmentState.ACCEPTED) {
      throw new UnknownAttachmentException();
    }
    audit(AuditAction.ATTACHMENT_DOWNLOADED, signal);
    String type = attachment.detectedType().orElseThrow();
    return new Download(
        files.read(attachment.sanitizedCopy().orElseThrow()),
        type,
        fileName(signal, attachment, type));
  }

  /** The file as uploaded, whatever its verdict; for those allowed to see its metadata. */
  @Transactional
  public Download original(SignalReference reference, UUID id) {
    Signal signal = signal(reference);
    Attachment attachment = attachmentOf(signal, id);
    audit(AuditAction.ATTACHMENT_ORIGINAL_DOWNLOADED, signal);
    String type =
        attachment.state() == AttachmentState.ACCEPTED
            ? attachment.detectedType().orElseThrow()
            : "application/octet-stream";
    return new Download(
        files.read(attachment.original()), type, fileName(signal, attachment, type));
  }

  private Signal signal(SignalReference reference) {
    return lookup.find(reference, user.staff().scope());
  }

  private Attachment attachmentOf(Signal signal, UUID id) {
    return attachments
        .find(id)
        .filter(a -> a.signal().reference().equals(signal.reference()))
        .orElseThrow(UnknownAttachmentException::new);
  }

  private void audit(AuditAction action, Signal signal) {
    audit.record(
        action, Optional.of(signal.reference()), Optional.of(signal.region()), Optional.empty());
  }

  /** {@code VO-2026-000123-bijlage-2.pdf}: the signal, the file's place in it, its real type. */
  private String fileName(Signal signal, Attachment attachment, String type) {
    List<Attachment> all = attachments.of(signal);
    int number = all.indexOf(attachment) + 1;
    return signal.reference().value() + "-bijlage-" + number + "." + extensionOf(type);
  }

  /** The file name extension of an accepted type, {@code bin} for one without. */
  public static String extensionOf(String type) {
    return EXTENSIONS.getOrDefault(type, "bin");
  }
}
