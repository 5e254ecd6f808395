package nl.waakzaam.linking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.signal.domain.GeneralAnswers;
import nl.waakzaam.signal.domain.Location;
import nl.waakzaam.signal.domain.MentionedPerson;
import nl.waakzaam.signal.domain.MentionedVehicle;
import nl.waakzaam.signal.domain.MentionedVessel;
import nl.waakzaam.signal.domain.Mmsi;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.VesselAnswers;

/**
 * Every entity a signal names where the reporter wrote it: the typed fields (with a path such as
 * {@code vehicles/0/licencePlate}) and the description. The reporter's own contact details are not
 * read: they say who reported, not what was seen, and must never relate a reporter to a signal.
 */
public final class SignalEntities {

  private SignalEntities() {}

  public static List<Mention> of(Signal signal) {
    List<Mention> mentions = new ArrayList<>();
    List<MentionedPerson> persons = signal.mentions().persons();
    for (int i = 0; i < persons.size(); i++) {
      MentionedPerson p = persons.get(i);
      String at = "persons/" + i;
      add(mentions, at + "/phone", p.phone(), PhoneNumbers.normalise(p.phone().orElse(null)));
      add(mentions, at + "/email", p.email(), EmailAddresses.normalise(p.email().orElse(null)));
      p.description()
          .ifPresent(d -> mentions.addAll(TextEntities.mentions(at + "/description", d)));
    }
    List<MentionedVehicle> vehicles = signal.mentions().vehicles();
    for (int i = 0; i < vehicles.size(); i++) {
      MentionedVehicle v = vehicles.get(i);
      String written = v.licencePlate().value();
      add(
          mentions,
          "vehicles/" + i + "/licencePlate",
          Optional.of(written),
          Plates.normalise(written, v.licencePlate().country().orElse(null)));
    }
    List<MentionedVessel> vessels = signal.mentions().vessels();
    for (int i = 0; i < vessels.size(); i++) {
      vessel(mentions, "vessels/" + i, vessels.get(i).name(), vessels.get(i).mmsi());
    }
    if (signal.report().answers() instanceof VesselAnswers vessel) {
      vessel(mentions, "vessel", vessel.vesselName(), vessel.mmsi());
    }
    if (signal.report().answers() instanceof GeneralAnswers general) {
      general
          .counterpartyKvkNumber()
          .ifPresent(
              kvk ->
                  add(
                      mentions,
                      "general/counterpartyKvkNumber",
                      Optional.of(kvk.value()),
                      CompanyNumbers.kvk(kvk.value())));
      mentions.addAll(TextEntities.mentions("general/whatHappened", general.whatHappened()));
    }
    Location location = signal.report().location();
    location
        .address()
        .flatMap(line -> location.postcode().flatMap(pc -> Addresses.fromLine(pc.value(), line)))
        .ifPresent(e -> mentions.add(new Mention(e, "location/address", location.address().get())));
    signal
        .report()
        .description()
        .ifPresent(d -> mentions.addAll(TextEntities.mentions("description", d)));
    return distinctPerField(mentions);
  }

  private static void vessel(
      List<Mention> mentions, String at, Optional<String> name, Optional<Mmsi> mmsi) {
    add(mentions, at + "/name", name, Vessels.name(name.orElse(null)));
    mmsi.ifPresent(
        m -> add(mentions, at + "/mmsi", Optional.of(m.value()), Vessels.mmsi(m.value())));
  }

  private static void add(
      List<Mention> mentions, String field, Optional<String> written, Optional<Entity> entity) {
    entity.ifPresent(e -> mentions.add(new Mention(e, field, written.orElse(e.value()))));
  }

  private static List<Mention> distinctPerField(List<Mention> mentions) {
    List<Mention> distinct = new ArrayList<>();
    for (Mention m : mentions) {
      if (distinct.stream()
          .noneMatch(d -> d.entity().equals(m.entity()) && d.field().equals(m.field()))) {
        distinct.add(m);
      }
    }
    return distinct;
  }
}
