package nl.waakzaam.linking.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entities in a free text (a description, a message, a file's extracted text). Where two finds
 * overlap the one with the stronger evidence stays: a checksum or a library's validation over a
 * pattern, a longer match over a shorter (so the digits of an IBAN are no phone number, and the
 * street and number of an address not a plate).
 */
public final class TextEntities {

  private TextEntities() {}

  public static List<Found> find(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Found> candidates = new ArrayList<>();
    // In order of evidence: the first of two overlapping finds wins.
    candidates.addAll(EmailAddresses.find(text));
    candidates.addAll(Ibans.find(text));
    candidates.addAll(Addresses.find(text));
    candidates.addAll(CompanyNumbers.find(text));
    candidates.addAll(Vessels.find(text));
    candidates.addAll(PhoneNumbers.find(text));
    candidates.addAll(Plates.find(text));
    List<Found> kept = new ArrayList<>();
    for (Found candidate : candidates) {
      if (kept.stream().noneMatch(candidate::overlaps)) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Found::start));
    return List.copyOf(kept);
  }

  /** The mentions of the distinct entities of {@code text}, as found in {@code field}. */
  public static List<Mention> mentions(String field, String text) {
    List<Mention> mentions = new ArrayList<>();
    for (Found f : find(text)) {
      if (mentions.stream().noneMatch(m -> m.entity().equals(f.entity()))) {
        mentions.add(new Mention(f.entity(), field, f.asWritten()));
      }
    }
    return mentions;
  }
}
