package nl.waakzaam.routing.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.regions.domain.Postcode;
import nl.waakzaam.signal.domain.Answer;
import nl.waakzaam.signal.domain.ContactDetails;
import nl.waakzaam.signal.domain.ContentPart;
import nl.waakzaam.signal.domain.Location;
import nl.waakzaam.signal.domain.Mmsi;
import nl.waakzaam.signal.domain.Report;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.TraceabilityCheck;
import nl.waakzaam.signal.domain.TraceabilityCheckMissingException;

/**
 * Composes what one partner receives of a signal ({@link PackageContents}): the parts of the
 * partner's profile that the traceability check does not withhold, and the contact details only of
 * a reporter who agreed to their being shared, for a partner whose profile allows them.
 */
public final class PackageComposer {

  private PackageComposer() {}

  /** The partner, the basis chosen for it, and who forwards when, with an optional note. */
  public record Forwarding(
      PartnerOrganisation partner,
      LegalBasis basis,
      String forwardedBy,
      Instant forwardedAt,
      Optional<String> note) {}

  /**
   * @param files the clean copies of the signal's accepted files, numbered
   * @throws TraceabilityCheckMissingException when the signal has no traceability check
   * @throws TraceabilityPartsMissingException when the check identifies but names no parts
   */
  public static PackageContents compose(
      Signal signal, Forwarding forwarding, List<PackageContents.FileCopy> files) {
    TraceabilityCheck check =
        signal.handling().traceability().orElseThrow(TraceabilityCheckMissingException::new);
    if (check.identifying() && check.withheldParts().isEmpty()) {
      throw new TraceabilityPartsMissingException();
    }
    PartnerProfile profile = forwarding.partner().profile();
    Set<ContentPart> given = EnumSet.noneOf(ContentPart.class);
    given.addAll(profile.parts());
    given.removeAll(check.withheldParts());
    Set<ContentPart> withheld = EnumSet.noneOf(ContentPart.class);
    withheld.addAll(profile.parts());
    withheld.retainAll(check.withheldParts());

    Report report = signal.report();
    Location location = report.location();
    return new PackageContents(
        new PackageContents.Recipient(forwarding.partner().id(), forwarding.partner().name()),
        new PackageContents.About(
            signal.reference().value(),
            report.kind(),
            report.sector(),
            signal.handling().category(),
            signal.handling().priority(),
            signal.origin().receivedAt()),
        new PackageContents.Basis(
            forwarding.basis().key(),
            forwarding.basis().title(),
            forwarding.basis().wording(),
            forwarding.forwardedBy(),
            forwarding.forwardedAt(),
            forwarding.note()),
        when(
            given,
            ContentPart.PLACE,
            new PackageContents.Place(
                location.municipality(), location.postcode().map(Postcode::digits))),
        when(
            given,
            ContentPart.ADDRESS,
            new PackageContents.Address(
                location.postcode().map(Postcode::value), location.address())),
        given.contains(ContentPart.OBSERVED_AT) ? report.observedOn() : Optional.empty(),
        given.contains(ContentPart.OBSERVED_AT) ? report.observedTime() : Optional.empty(),
        given.contains(ContentPart.DESCRIPTION) ? report.description() : Optional.empty(),
        given.contains(ContentPart.ANSWERS) ? report.answers().answered() : List.<Answer>of(),
        given.contains(ContentPart.PERSONS)
            ? signal.mentions().persons().stream()
                .map(
                    p ->
                        new PackageContents.Person(
                            p.role(), p.name(), p.description(), p.phone(), p.email()))
                .toList()
            : List.of(),
        given.contains(ContentPart.VEHICLES)
            ? signal.mentions().vehicles().stream()
                .map(
                    v ->
                        new PackageContents.Vehicle(
                            v.licencePlate().value(),
                            v.licencePlate().country(),
                            v.makeAndModel(),
                            v.colour()))
                .toList()
            : List.of(),
        given.contains(ContentPart.VESSELS)
            ? signal.mentions().vessels().stream()
                .map(
                    v ->
                        new PackageContents.Vessel(
                            v.name(), v.registration(), v.mmsi().map(Mmsi::value)))
                .toList()
            : List.of(),
        given.contains(ContentPart.FILES) ? files : List.of(),
        report
            .contact()
            .filter(ContactDetails::shareWithPartners)
            .filter(c -> profile.receivesContact())
            .map(c -> new PackageContents.Contact(c.name(), c.email(), c.phone())),
        withheld);
  }

  private static <T> Optional<T> when(Set<ContentPart> given, ContentPart part, T value) {
    return given.contains(part) ? Optional.of(value) : Optional.empty();
  }
}
