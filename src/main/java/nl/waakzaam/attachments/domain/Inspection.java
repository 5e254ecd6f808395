package nl.waakzaam.attachments.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on a file's content: accepted, with the type its content shows, a copy for staff
 * without identifying metadata and the text found in it; or refused, with the reason.
 *
 * @param detectedType the media type found in the content, whatever the name or declared type said
 * @param sanitized the staff copy, when accepted
 * @param text the text found, at most the configured number of characters, when accepted
 */
public record Inspection(
    String detectedType, Optional<Refusal> refusal, byte[] sanitized, String text) {

  public Inspection {
    Objects.requireNonNull(detectedType);
    Objects.requireNonNull(refusal);
    if (refusal.isEmpty()) {
      Objects.requireNonNull(sanitized);
      Objects.requireNonNull(text);
    }
  }

  public static Inspection accepted(String detectedType, byte[] sanitized, String text) {
    return new Inspection(detectedType, Optional.empty(), sanitized, text);
  }

  public static Inspection refused(String detectedType, Refusal reason) {
    return new Inspection(detectedType, Optional.of(reason), null, null);
  }

  public boolean isAccepted() {
    return refusal.isEmpty();
  }
}
