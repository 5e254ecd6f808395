package nl.waakzaam.routing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.UnknownRegionException;
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

  /** A package of the region its partner has not read for longer than the working days allowed. */
  public record Overdue(
      UUID id,
      SignalReference reference,
      String organisation,
      String organisationName,
      String forwardedBy,
      Instant forwardedAt) {}

  /** The most overdue packages one answer lists. */
  public static final int OVERDUE_LIMIT = 200;

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

  /**
   * The packages of one of the caller's regions that their partners have left unread for longer
   * than the configured number of working days, longest waiting first.
   *
   * @throws UnknownRegionException for a region that is not the caller's
   */
  @Transactional
  public List<Overdue> overdueIn(String regionSlug) {
    Region region =
        Region.bySlug(regionSlug)
            .filter(user.staff().scope()::includes)
            .orElseThrow(UnknownRegionException::new);
    int days = settings.positiveInteger(Setting.ROUTING_UNREAD_OVERDUE);
    Instant now = clock.instant();
    // Working days are at least as many calendar days: nothing later can be overdue yet.
    List<ForwardingPackage> unread =
        packages.unreadOf(region, now.minus(Duration.ofDays(days)), OVERDUE_LIMIT).stream()
            .filter(p -> p.overdueAt(now, days))
            .toList();
    Map<String, String> names =
        partners
            .organisations(unread.stream().map(ForwardingPackage::organisation).distinct().toList())
            .stream()
            .collect(
                Collectors.toMap(PartnerOrganisation::id, PartnerOrganisation::name, (a, b) -> a));
    return unread.stream()
        .map(
            p ->
                new Overdue(
                    p.id(),
                    SignalReference.named(p.reference()),
                    p.organisation(),
                    names.getOrDefault(p.organisation(), p.organisation()),
                    p.forwardedBy(),
                    p.forwardedAt()))
        .toList();
  }
}
