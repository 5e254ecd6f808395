package nl.waakzaam.attachments.application;

import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/** How much a signal may hold: bytes per file, bytes per signal, files per signal. */
public record AttachmentLimits(long fileBytes, long signalBytes, int files) {

  public static AttachmentLimits from(Settings settings) {
    return new AttachmentLimits(
        settings.positiveInteger(Setting.ATTACHMENT_MAX_FILE_BYTES),
        settings.positiveInteger(Setting.ATTACHMENT_MAX_SIGNAL_BYTES),
        settings.positiveInteger(Setting.ATTACHMENT_MAX_FILES));
  }
}
