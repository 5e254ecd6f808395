package nl.waakzaam.routing.domain;

import java.util.List;
import java.util.Set;
import nl.waakzaam.signal.domain.Category;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.SignalKind;

/**
 * When a routing rule applies: fields with values, each left empty to mean "any". A signal meets
 * the conditions when it meets every field that is set: its kind is one of {@link #kinds()}, its
 * sector one of {@link #sectors()}, and so on; its postcode lies in one of the ranges; it happened
 * in one of the region's border municipalities when {@link #borderMunicipality()} is set; and it
 * names every sort of thing in {@link #present()}. A category condition is not met by a signal not
 * yet classified. No expressions: what a coordinator can write is what the form shows.
 *
 * @param municipalities CBS codes ({@code GM0935})
 */
public record RuleConditions(
    Set<SignalKind> kinds,
    Set<Sector> sectors,
    Set<Category> categories,
    Set<Priority> priorities,
    Set<String> municipalities,
    List<PostcodeRange> postcodes,
    boolean borderMunicipality,
    Set<PresentEntity> present) {

  public RuleConditions {
    kinds = Set.copyOf(kinds);
    sectors = Set.copyOf(sectors);
    categories = Set.copyOf(categories);
    priorities = Set.copyOf(priorities);
    municipalities = Set.copyOf(municipalities);
    postcodes = List.copyOf(postcodes);
    present = Set.copyOf(present);
    for (String code : municipalities) {
      if (!code.matches("GM[0-9]{4}")) {
        throw new RuleRejectedException("municipalities");
      }
    }
  }

  public boolean matches(SignalFacts signal) {
    return (kinds.isEmpty() || kinds.contains(signal.kind()))
        && (sectors.isEmpty() || sectors.contains(signal.sector()))
        && (categories.isEmpty() || signal.category().map(categories::contains).orElse(false))
        && (priorities.isEmpty() || priorities.contains(signal.priority()))
        && (municipalities.isEmpty()
            || signal.municipalityCode().map(municipalities::contains).orElse(false))
        && (postcodes.isEmpty() || inRange(signal))
        && (!borderMunicipality || signal.borderMunicipality())
        && signal.present().containsAll(present);
  }

  private boolean inRange(SignalFacts signal) {
    if (signal.postcode().isEmpty()) {
      return false;
    }
    int postcode = signal.postcode().getAsInt();
    for (PostcodeRange range : postcodes) {
      if (range.includes(postcode)) {
        return true;
      }
    }
    return false;
  }
}
