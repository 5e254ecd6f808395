package nl.waakzaam.routing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.waakzaam.signal.domain.Answer;
import nl.waakzaam.signal.domain.Category;
import nl.waakzaam.signal.domain.ContentPart;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.SignalKind;

/**
 * Exactly what one partner receives of one signal: what its profile allows, less what the
 * traceability check withholds; the reporter's contact details only when they agreed to their being
 * shared and the profile allows them. An absent part is absent; {@code withheld} names the parts
 * the partner would have had but for the reporter's protection, never why.
 */
public record PackageContents(
    Recipient recipient,
    About about,
    Basis basis,
    Optional<Place> place,
    Optional<Address> address,
    Optional<LocalDate> observedOn,
    Optional<LocalTime> observedTime,
    Optional<String> description,
    List<Answer> answers,
    List<Person> persons,
    List<Vehicle> vehicles,
    List<Vessel> vessels,
    List<FileCopy> files,
    Optional<Contact> contact,
    Set<ContentPart> withheld) {

  public PackageContents {
    answers = List.copyOf(answers);
    persons = List.copyOf(persons);
    vehicles = List.copyOf(vehicles);
    vessels = List.copyOf(vessels);
    files = List.copyOf(files);
    withheld = Set.copyOf(withheld);
  }

  /** The organisation the package is for. */
  public record Recipient(String organisation, String name) {}

  /** Which signal this is, and how the platform judged it. */
  public record About(
      String reference,
      SignalKind kind,
      Sector sector,
      Optional<Category> category,
      Priority priority,
      Instant receivedAt) {}

  /** On which legal basis, by whom and when it was forwarded, and the coordinator's note. */
  public record Basis(
      String key,
      String title,
      String wording,
      String forwardedBy,
      Instant forwardedAt,
      Optional<String> note) {}

  public record Place(Optional<String> municipality, Optional<String> postcodeDigits) {}

  public record Address(Optional<String> postcode, Optional<String> address) {}

  public record Person(
      Optional<String> role,
      Optional<String> name,
      Optional<String> description,
      Optional<String> phone,
      Optional<String> email) {}

  public record Vehicle(
      String licencePlate,
      Optional<String> country,
      Optional<String> makeAndModel,
      Optional<String> colour) {}

  public record Vessel(
      Optional<String> name, Optional<String> registration, Optional<String> mmsi) {}

  /**
   * The clean copy of an accepted file: its number in the package, its type and its stored copy.
   */
  public record FileCopy(int number, String mediaType, UUID copy) {}

  public record Contact(Optional<String> name, Optional<String> email, Optional<String> phone) {}
}
