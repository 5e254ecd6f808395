package nl.waakzaam.signal.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reporter tells: the answers of the signal's kind, where and when, the free description,
 * and the persons, vehicles and vessels it names. Contact details are absent for an anonymous
 * reporter.
 */
public record SignalContent(
    Sector sector,
    Place place,
    Optional<LocalDate> observedOn,
    Optional<LocalTime> observedTime,
    Optional<String> description,
    Answers answers,
    List<MentionedPerson> persons,
    List<MentionedVehicle> vehicles,
    List<MentionedVessel> vessels,
    Optional<ContactDetails> contact) {

  public SignalContent {
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(observedOn);
    Objects.requireNonNull(observedTime);
    Objects.requireNonNull(description);
    Objects.requireNonNull(answers, "answers");
    persons = List.copyOf(persons);
    vehicles = List.copyOf(vehicles);
    vessels = List.copyOf(vessels);
    Objects.requireNonNull(contact);
    if (observedTime.isPresent() && observedOn.isEmpty()) {
      throw new IllegalArgumentException("A time of observation needs its date");
    }
  }

  public SignalKind kind() {
    return answers.kind();
  }
}
