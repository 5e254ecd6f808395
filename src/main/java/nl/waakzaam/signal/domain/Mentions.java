package nl.waakzaam.signal.domain;

import java.util.List;

/** The persons, vehicles and vessels a signal names, as the reporter gave them; read only. */
public record Mentions(
    List<MentionedPerson> persons, List<MentionedVehicle> vehicles, List<MentionedVessel> vessels) {

  public Mentions {
    persons = List.copyOf(persons);
    vehicles = List.copyOf(vehicles);
    vessels = List.copyOf(vessels);
  }
}
