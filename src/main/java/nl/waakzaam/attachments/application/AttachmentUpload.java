package nl.waakzaam.attachments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Supplier;
import nl.waakzaam.access.application.CurrentReporter;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.attachments.domain.FileStore;
import nl.waakzaam.attachments.domain.StagedFile;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.signal.application.StaffLookup;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.signal.domain.UnknownSignalException;

/**
 * A file comes in: the uploader is checked first, then the upload is read to its end (encrypted as
 * it comes, never past the limit), then kept in one short transaction. It is answered as received;
 * the inspection follows.
 */
@ApplicationScoped
public class AttachmentUpload {

  private CurrentReporter reporter;
  private CurrentUser user;
  private SignalRepository signals;
  private StaffLookup lookup;
  private AuditTrail audit;
  private FileStore files;
  private AttachmentRecords records;
  private Settings settings;

  protected AttachmentUpload() {}

  @Inject
  AttachmentUpload(
      CurrentReporter reporter,
      CurrentUser user,
      SignalRepository signals,
      StaffLookup lookup,
      AuditTrail audit,
      FileStore files,
      AttachmentRecords records,
      Settings settings) {
    this.reporter = reporter;
    this.user = user;
    this.signals = signals;
    this.lookup = lookup;
    this.audit = audit;
    this.files = files;
    this.records = records;
    this.settings = settings;
  }

  /**
   * The reporter adds a file to the signal of their follow-up session.
   *
   * @param reference when given, the signal the reporter means: it must be the session's
   * @throws nl.waakzaam.access.application.FollowUpSessionRejectedException without an open session
   */
  public AttachmentView fromReporter(
      String token,
      Optional<SignalReference> reference,
      String declaredName,
      String declaredType,
      InputStream content) {
    Signal signal = reporter.signal(token);
    if (reference.isPresent() && !reference.get().equals(signal.reference())) {
      throw new UnknownSignalException();
    }
    return keep(
        () -> reporter.signal(token),
        declaredName,
        declaredType,
        Actor.reporter(),
        content,
        Optional.empty());
  }

  /** Staff of the signal's region add a file; the addition is in the audit trail. */
  public AttachmentView fromStaff(
      SignalReference reference, String declaredName, String declaredType, InputStream content) {
    StaffMember staff = user.staff();
    lookup.find(reference, staff.scope());
    return keep(
        () ->
            signals.findInScope(reference, staff.scope()).orElseThrow(UnknownSignalException::new),
        declaredName,
        declaredType,
        Actor.staff(staff.subject()),
        content,
        Optional.of(reference));
  }

  private AttachmentView keep(
      Supplier<Signal> signal,
      String declaredName,
      String declaredType,
      Actor uploader,
      InputStream content,
      Optional<SignalReference> audited) {
    AttachmentLimits limits = AttachmentLimits.from(settings);
    try (StagedFile staged = files.stage(content, limits.fileBytes())) {
      return records.keep(
          () -> {
            Signal target = signal.get();
            audited.ifPresent(
                r ->
                    audit.record(
                        AuditAction.ATTACHMENT_ADDED,
                        Optional.of(r),
                        Optional.of(target.region()),
                        Optional.empty()));
            return target;
          },
          staged,
          declaredName,
          declaredType,
          uploader,
          limits);
    }
  }
}
