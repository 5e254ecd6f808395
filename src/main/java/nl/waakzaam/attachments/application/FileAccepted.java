package nl.waakzaam.attachments.application;

import java.util.Objects;
import java.util.UUID;

/**
 * The inspection accepted a file of {@code signal}; fired in the transaction that records the
 * verdict, with the text found in it, so that what reads the text (linking) need not unseal it. The
 * event lives in memory only: stored, the text is sealed with the key of {@code file}.
 *
 * @param file the kept original, whose key seals what is derived from it
 */
public record FileAccepted(UUID signal, UUID attachment, UUID file, String text) {

  public FileAccepted {
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(attachment, "attachment");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return "FileAccepted[attachment=" + attachment + "]";
  }
}
