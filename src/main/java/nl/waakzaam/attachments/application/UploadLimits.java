package nl.waakzaam.attachments.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.Allowance;
import nl.waakzaam.shared.domain.Allowances;
import nl.waakzaam.shared.domain.LimitReachedException;

/**
 * How many bytes of files one client may upload per hour as a reporter, counted over every
 * instance, before a byte is read: what keeps one client from filling the disk and the inspection
 * workers through many signals at once (each signal has its own caps besides). Staff uploads are
 * not counted.
 */
@ApplicationScoped
public class UploadLimits {

  static final String PROBLEM = "too-many-uploads";

  private Allowances allowances;
  private Settings settings;
  private Allowance perClient;
  private long largestFile;

  protected UploadLimits() {}

  @Inject
  public UploadLimits(Allowances allowances, Settings settings) {
    this.allowances = allowances;
    this.settings = settings;
  }

  @PostConstruct
  void readLimit() {
    largestFile = settings.positiveInteger(Setting.ATTACHMENT_MAX_FILE_BYTES);
    perClient =
        new Allowance(
            "attachments.bytes",
            Math.max(largestFile, settings.positiveInteger(Setting.ATTACHMENT_MAX_UPLOAD_BYTES)),
            Duration.ofHours(1));
  }

  /**
   * Counts an upload of {@code client} by the length its request declares.
   *
   * @param declaredLength the request's {@code Content-Length}, or negative when it declares none:
   *     then it counts as the largest file
   * @throws LimitReachedException when the client uploaded as much as it may this hour
   */
  public void admit(String client, long declaredLength) {
    long bytes = declaredLength < 0 ? largestFile : Math.min(declaredLength, perClient.capacity());
    allowances.takeOrRefuse(perClient, client, Math.max(1, bytes), PROBLEM);
  }
}
