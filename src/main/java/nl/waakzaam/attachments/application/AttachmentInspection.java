package nl.waakzaam.attachments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.waakzaam.attachments.domain.ContentInspector;
import nl.waakzaam.attachments.domain.FileStore;
import nl.waakzaam.attachments.domain.Inspection;
import nl.waakzaam.shared.application.LogRedaction;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * The inspection of kept files, after the upload has been answered: claim (so no other instance
 * inspects it too), inspect outside any transaction, record the verdict. An inspection that a crash
 * or restart cut short is claimed again once it is stale; a file whose inspection fails three times
 * is refused as such, never left waiting forever.
 */
@ApplicationScoped
public class AttachmentInspection {

  private static final Logger LOG = Logger.getLogger(AttachmentInspection.class.getName());

  private AttachmentRecords records;
  private FileStore files;
  private ContentInspector inspector;
  private Settings settings;
  private Clock clock;

  protected AttachmentInspection() {}

  @Inject
  AttachmentInspection(
      AttachmentRecords records,
      FileStore files,
      ContentInspector inspector,
      Settings settings,
      Clock clock) {
    this.records = records;
    this.files = files;
    this.inspector = inspector;
    this.settings = settings;
    this.clock = clock;
  }

  /** Inspects one file, unless it is done or being inspected elsewhere. */
  public void inspect(UUID attachment) {
    records.claim(attachment, staleBefore()).ifPresent(this::run);
  }

  /** Claims and inspects, one by one, files whose inspection was interrupted. */
  public int resumeInterrupted(int limit) {
    List<AttachmentRecords.Claim> claims = records.claimInterrupted(staleBefore(), limit);
    claims.forEach(this::run);
    return claims.size();
  }

  private void run(AttachmentRecords.Claim claim) {
    Optional<Inspection> verdict;
    try {
      verdict = Optional.of(inspector.inspect(files.read(claim.original())));
    } catch (RuntimeException e) {
      // Not the file's fault (no worker could start, the database went away): tried again later.
      LOG.log(
          Level.WARNING,
          "Inspection of attachment " + claim.attachment() + " failed",
          LogRedaction.of(e));
      return;
    }
    records.record(claim.attachment(), verdict.get());
  }

  /** An inspection started before this is no longer running: twice the time limit, and a minute. */
  private Instant staleBefore() {
    Duration limit = settings.duration(Setting.ATTACHMENT_TIME_LIMIT);
    return clock.instant().minus(limit.multipliedBy(2)).minus(Duration.ofMinutes(1));
  }
}
