package nl.waakzaam.routing.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.waakzaam.signal.domain.ContentPart;

/**
 * What one partner may receive of a signal: which parts, whether the contact details of a reporter
 * who agreed to their being shared, and on which legal bases (their keys).
 */
public record PartnerProfile(
    Set<ContentPart> parts, boolean receivesContact, List<String> legalBases) {

  public PartnerProfile {
    parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
    legalBases = List.copyOf(legalBases);
    if (legalBases.isEmpty()) {
      throw new IllegalArgumentException("A partner receives on one legal basis at least");
    }
  }

  public boolean allows(String legalBasis) {
    return legalBases.contains(legalBasis);
  }
}
