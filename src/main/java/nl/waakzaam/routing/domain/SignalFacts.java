package nl.waakzaam.routing.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.waakzaam.linking.domain.Mention;
import nl.waakzaam.linking.domain.SignalEntities;
import nl.waakzaam.signal.domain.Category;
import nl.waakzaam.signal.domain.MentionedVehicle;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalKind;

/**
 * What routing rules look at in a signal, read once: its kind and sector as reported, the category
 * and priority staff gave it (a signal not yet classified has no category), where it happened, and
 * what sorts of things it names.
 */
public record SignalFacts(
    SignalKind kind,
    Sector sector,
    Optional<Category> category,
    Priority priority,
    Optional<String> municipalityCode,
    OptionalInt postcode,
    boolean borderMunicipality,
    Set<PresentEntity> present) {

  public SignalFacts {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    Objects.requireNonNull(postcode, "postcode");
    present = present.isEmpty() ? Set.of() : Set.copyOf(present);
  }

  /**
   * The facts of {@code signal}, in a region whose border municipalities are {@code
   * borderMunicipalities} (CBS codes).
   */
  public static SignalFacts of(Signal signal, Set<String> borderMunicipalities) {
    Optional<String> municipality = signal.report().location().municipalityCode();
    return new SignalFacts(
        signal.report().kind(),
        signal.report().sector(),
        signal.handling().category(),
        signal.handling().priority(),
        municipality,
        signal
            .report()
            .location()
            .postcode()
            .map(p -> OptionalInt.of(Integer.parseInt(p.digits())))
            .orElse(OptionalInt.empty()),
        municipality.map(borderMunicipalities::contains).orElse(false),
        present(signal));
  }

  private static Set<PresentEntity> present(Signal signal) {
    Set<PresentEntity> present = EnumSet.noneOf(PresentEntity.class);
    for (MentionedVehicle vehicle : signal.mentions().vehicles()) {
      boolean dutch = vehicle.licencePlate().country().map("NL"::equals).orElse(true);
      present.add(dutch ? PresentEntity.DUTCH_PLATE : PresentEntity.FOREIGN_PLATE);
    }
    for (Mention mention : SignalEntities.of(signal)) {
      switch (mention.entity().type()) {
        case LICENCE_PLATE -> {
          if (!mention.field().startsWith("vehicles/")) {
            present.add(PresentEntity.DUTCH_PLATE); // in text only Dutch plates are recognised
          }
        }
        case MMSI -> present.add(PresentEntity.MMSI);
        case ENI_NUMBER -> present.add(PresentEntity.ENI_NUMBER);
        case KVK_NUMBER, BRANCH_NUMBER -> present.add(PresentEntity.KVK_NUMBER);
        case IBAN -> present.add(PresentEntity.IBAN);
        case PHONE_NUMBER -> present.add(PresentEntity.PHONE_NUMBER);
        default -> {
          // e-mail addresses, vessel names and addresses are not routing conditions
        }
      }
    }
    return present;
  }
}
