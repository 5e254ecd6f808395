package nl.waakzaam.routing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.routing.domain.ForwardingPackage;
import nl.waakzaam.routing.domain.ForwardingPackages;
import nl.waakzaam.routing.domain.PartnerDirectory;
import nl.waakzaam.routing.domain.PartnerOrganisation;
import nl.waakzaam.routing.domain.PartnerOutcome;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.signal.application.StaffLookup;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;

/**
 * The packages of one signal as its region's staff follow them: to whom, on which basis, whether
 * the partner has read it (or is overdue reading it), and the outcome the partner registered.
 */
@ApplicationScoped
public class SignalPackages {

  /** One package, as staff of the forwarding region see it. */
  public record Sent(
      UUID id,
      String organisation,
      String organisationName,
      String legalBasis,
      String forwardedBy,
      Instant forwardedAt,
      Optional<Instant> firstReadAt,
      boolean overdue,
      Optional<PartnerOutcome> outcome,
      Optional<LocalDate> outcomeOn,
      Optional<String> outcomeNote) {}

  private CurrentUser user;
  private StaffLookup lookup;
  private ForwardingPackages packages;
  private PartnerDirectory partners;
  private Settings settings;
  private Clock clock;

  protected SignalPackages() {}

  @Inject
  SignalPackages(
      CurrentUser user,
      StaffLookup lookup,
      ForwardingPackages packages,
      PartnerDirectory partners,
      Settings settings,
      Clock clock) {
    this.user = user;
    this.lookup = lookup;
    this.packages = packages;
    this.partners = partners;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @throws nl.waakzaam.signal.domain.UnknownSignalException outside the caller's regions
   */
  @Transactional
  public List<Sent> of(SignalReference reference) {
    Signal signal = lookup.find(reference, user.staff().scope());
    List<ForwardingPackage> sent = packages.ofSignal(signal.id());
    Map<String, String> names =
        partners
            .organisations(sent.stream().map(ForwardingPackage::organisation).distinct().toList())
            .stream()
            .collect(
                Collectors.toMap(PartnerOrganisation::id, PartnerOrganisation::name, (a, b) -> a));
    int days = settings.positiveInteger(Setting.ROUTING_UNREAD_OVERDUE);
    Instant now = clock.instant();
    Function<ForwardingPackage, Sent> view =
        p ->
            new Sent(
                p.id(),
                p.organisation(),
                names.getOrDefault(p.organisation(), p.organisation()),
                p.legalBasis(),
                p.forwardedBy(),
                p.forwardedAt(),
                p.firstReadAt(),
                p.overdueAt(now, days),
                p.outcome(),
                p.outcomeOn(),
                p.outcomeNote());
    return sent.stream().map(view).toList();
  }
}
