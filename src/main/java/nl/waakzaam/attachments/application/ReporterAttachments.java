package nl.waakzaam.attachments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.waakzaam.access.application.CurrentReporter;
import nl.waakzaam.attachments.domain.AttachmentRepository;
import nl.waakzaam.attachments.domain.FileStore;
import nl.waakzaam.signal.domain.Actor;

/** The files of the reporter's own signal, as the follow-up session shows them. */
@ApplicationScoped
public class ReporterAttachments {

  private CurrentReporter reporter;
  private AttachmentRepository attachments;
  private FileStore files;

  protected ReporterAttachments() {}

  @Inject
  ReporterAttachments(CurrentReporter reporter, AttachmentRepository attachments, FileStore files) {
    this.reporter = reporter;
    this.attachments = attachments;
    this.files = files;
  }

  /** The files the reporter added, oldest first; those staff added are not the reporter's. */
  @Transactional
  public List<AttachmentView> of(String token) {
    return attachments.of(reporter.signal(token)).stream()
        .filter(a -> a.uploader().type() == Actor.Type.REPORTER)
        .map(a -> AttachmentView.of(a, files))
        .toList();
  }
}
