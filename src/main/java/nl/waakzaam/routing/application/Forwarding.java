package nl.waakzaam.routing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.attachments.domain.Attachment;
import nl.waakzaam.attachments.domain.AttachmentRepository;
import nl.waakzaam.attachments.domain.AttachmentState;
import nl.waakzaam.attachments.domain.FileStore;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.routing.domain.ForwardingPackage;
import nl.waakzaam.routing.domain.ForwardingPackages;
import nl.waakzaam.routing.domain.LegalBasis;
import nl.waakzaam.routing.domain.LegalBasisNotAllowedException;
import nl.waakzaam.routing.domain.PackageComposer;
import nl.waakzaam.routing.domain.PackageContents;
import nl.waakzaam.routing.domain.PackageRendering;
import nl.waakzaam.routing.domain.PackagesForwarded;
import nl.waakzaam.routing.domain.PartnerDirectory;
import nl.waakzaam.routing.domain.PartnerNotInRegionException;
import nl.waakzaam.routing.domain.PartnerOrganisation;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.signal.application.SignalChanges;
import nl.waakzaam.signal.application.StaffLookup;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Partner;
import nl.waakzaam.signal.domain.ReasonRejectedException;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;

/**
 * Forwards a signal to the partners a coordinator chose, each on a legal basis its profile allows:
 * per partner a package of what it may receive and the traceability check does not withhold, shown
 * first as a preview, then stored encrypted as JSON and PDF, each audited; the signal becomes
 * {@code ROUTED}. A package is composed once, at forwarding, and never changes.
 */
@ApplicationScoped
public class Forwarding {

  /** One partner chosen, with the legal basis chosen for it. */
  public record Choice(String organisation, String legalBasis) {}

  /** A package as stored: its id and what it holds. */
  public record Forwarded(UUID id, PackageContents contents) {}

  private CurrentUser user;
  private StaffLookup lookup;
  private SignalChanges changes;
  private PartnerDirectory partners;
  private AttachmentRepository attachments;
  private FileStore files;
  private PackageRendering rendering;
  private ForwardingPackages packages;
  private AuditTrail audit;
  private RoutingSuggestions suggestions;
  private Clock clock;
  private Event<PackagesForwarded> forwardedEvent;

  protected Forwarding() {}

  @Inject
  Forwarding(
      CurrentUser user,
      StaffLookup lookup,
      SignalChanges changes,
      PartnerDirectory partners,
      AttachmentRepository attachments,
      FileStore files,
      PackageRendering rendering,
      ForwardingPackages packages,
      AuditTrail audit,
      RoutingSuggestions suggestions,
      Clock clock,
      Event<PackagesForwarded> forwardedEvent) {
    this.user = user;
    this.lookup = lookup;
    this.changes = changes;
    this.partners = partners;
    this.attachments = attachments;
    this.files = files;
    this.rendering = rendering;
    this.packages = packages;
    this.audit = audit;
    this.suggestions = suggestions;
    this.clock = clock;
    this.forwardedEvent = forwardedEvent;
  }

  /**
   * What each chosen partner would receive, as JSON documents exactly as they would be stored, in
   * the order chosen; nothing is forwarded.
   *
   * @throws PartnerNotInRegionException for a partner not on the region's list
   * @throws LegalBasisNotAllowedException for a basis the partner's profile does not list
   * @throws nl.waakzaam.signal.domain.TraceabilityCheckMissingException without a check
   */
  @Transactional
  public List<byte[]> preview(
      SignalReference reference, List<Choice> choices, Optional<String> note) {
    StaffMember staff = user.staff();
    Signal signal = lookup.find(reference, staff.scope());
    List<Composed> composed = compose(signal, staff, choices, note, clock.instant());
    audit.record(
        AuditAction.FORWARDING_PREVIEWED,
        Optional.of(signal.reference()),
        Optional.of(signal.region()),
        Optional.of(recipients(composed)));
    return composed.stream().map(c -> rendering.json(c.contents())).toList();
  }

  /**
   * Forwards the signal: the packages of {@link #preview}, stored, and the signal {@code ROUTED}.
   *
   * @throws nl.waakzaam.signal.domain.IllegalTransitionException when the status allows no routing
   */
  @Transactional
  public List<Forwarded> forward(
      SignalReference reference, List<Choice> choices, Optional<String> note) {
    StaffMember staff = user.staff();
    Instant now = clock.instant();
    List<Composed> composed = new ArrayList<>();
    Signal signal =
        changes.change(
            reference,
            staff.scope(),
            s -> {
              composed.addAll(compose(s, staff, choices, note, now));
              Set<Partner> kinds = EnumSet.noneOf(Partner.class);
              composed.forEach(c -> kinds.add(c.partner().kind()));
              s.route(
                  Actor.staff(staff.subject()), kinds, note.map(String::strip).orElse(null), now);
            });
    List<Forwarded> forwarded = new ArrayList<>();
    for (Composed each : composed) {
      PackageContents contents = each.contents();
      LegalBasis basis = each.basis();
      UUID id = Randomness.uuid();
      ForwardingPackage stored =
          new ForwardingPackage(
              new ForwardingPackage.Made(
                  id,
                  signal.id(),
                  signal.reference().value(),
                  signal.region(),
                  contents.recipient().organisation(),
                  basis,
                  staff.name(),
                  now,
                  files.keep(rendering.json(contents)),
                  files.keep(rendering.pdf(contents))));
      if (each.partner().mailbox().isPresent()) {
        stored.awaitNotice();
      }
      packages.add(stored);
      for (PackageContents.FileCopy copy : contents.files()) {
        packages.addFile(
            id, new ForwardingPackages.PackageFile(copy.number(), copy.mediaType(), copy.copy()));
      }
      audit.record(
          AuditAction.SIGNAL_FORWARDED,
          Optional.of(signal.reference()),
          Optional.of(signal.region()),
          Optional.of(contents.recipient().organisation() + " (" + basis.key() + ")"));
      forwarded.add(new Forwarded(id, contents));
    }
    suggestions.forwarded(
        signal, composed.stream().map(c -> c.partner().id()).toList(), staff, now);
    forwardedEvent.fire(new PackagesForwarded(forwarded.size()));
    return forwarded;
  }

  /** A package composed for one partner, with the organisation and basis it was composed from. */
  private record Composed(
      PartnerOrganisation partner, LegalBasis basis, PackageContents contents) {}

  private List<Composed> compose(
      Signal signal, StaffMember staff, List<Choice> choices, Optional<String> note, Instant now) {
    note.ifPresent(ReasonRejectedException::required);
    Map<String, PartnerOrganisation> listed =
        partners.ofRegion(signal.region()).stream()
            .collect(Collectors.toMap(PartnerOrganisation::id, Function.identity()));
    List<PackageContents.FileCopy> copies = cleanCopies(signal);
    List<Composed> composed = new ArrayList<>();
    for (Choice choice : choices) {
      PartnerOrganisation partner = listed.get(choice.organisation());
      if (partner == null) {
        throw new PartnerNotInRegionException();
      }
      LegalBasis basis =
          partners
              .legalBasis(choice.legalBasis())
              .filter(b -> partner.profile().allows(b.key()))
              .orElseThrow(LegalBasisNotAllowedException::new);
      composed.add(
          new Composed(
              partner,
              basis,
              PackageComposer.compose(
                  signal,
                  new PackageComposer.Forwarding(
                      partner, basis, staff.name(), now, note.map(String::strip)),
                  copies)));
    }
    return composed;
  }

  /** The clean copies of the signal's accepted files, numbered in the order they came in. */
  private List<PackageContents.FileCopy> cleanCopies(Signal signal) {
    List<PackageContents.FileCopy> copies = new ArrayList<>();
    attachments.of(signal).stream()
        .filter(a -> a.state() == AttachmentState.ACCEPTED && a.sanitizedCopy().isPresent())
        .sorted(Comparator.comparing(Attachment::receivedAt))
        .forEach(
            a ->
                copies.add(
                    new PackageContents.FileCopy(
                        copies.size() + 1,
                        a.detectedType().orElse("application/octet-stream"),
                        a.sanitizedCopy().orElseThrow())));
    return copies;
  }

  private static String recipients(List<Composed> composed) {
    return composed.stream().map(c -> c.partner().id()).collect(Collectors.joining(", "));
  }
}
