package nl.waakzaam.routing.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.alerts.domain.Suppression;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.UnknownRegionException;
import nl.waakzaam.routing.domain.PackageStatistics;
import nl.waakzaam.routing.domain.PartnerDirectory;
import nl.waakzaam.routing.domain.PartnerOrganisation;
import nl.waakzaam.routing.domain.ShownCounts;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.WorkingDays;
import nl.waakzaam.signal.domain.SignalKind;

/**
 * What came of the packages forwarded, for the learning approach: per partner of a region for its
 * coordinators (every figure: they forwarded the packages), and per kind of partner over every
 * region for a national reader, k-anonymous by the rule of the sector figures. A period runs from a
 * date to a date, both included, in Dutch time, by the day of forwarding.
 */
@ApplicationScoped
public class ForwardingFigures {

  /** The longest period one answer covers: two years. */
  public static final int MAX_PERIOD_DAYS = 731;

  /** One row: a partner organisation (or a kind of partner) with its name and its figures. */
  public record Row(String key, String name, ShownCounts counts) {}

  /**
   * The figures of one answer.
   *
   * @param threshold the k-anonymity threshold the figures were suppressed at; empty when nothing
   *     was
   */
  public record Figures(
      Optional<Region> region,
      LocalDate from,
      LocalDate to,
      Optional<SignalKind> kind,
      OptionalInt threshold,
      List<Row> rows) {}

  private CurrentUser user;
  private PackageStatistics statistics;
  private PartnerDirectory partners;
  private AuditTrail audit;
  private Settings settings;
  private Clock clock;
  private Suppression rule;

  protected ForwardingFigures() {}

  @Inject
  ForwardingFigures(
      CurrentUser user,
      PackageStatistics statistics,
      PartnerDirectory partners,
      AuditTrail audit,
      Settings settings,
      Clock clock) {
    this.user = user;
    this.statistics = statistics;
    this.partners = partners;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  @PostConstruct
  void readThreshold() {
    rule = new Suppression(Math.max(2, settings.positiveInteger(Setting.STATS_MIN_CELL)));
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), WorkingDays.DUTCH_TIME);
  }

  /** Per partner of one of the caller's regions, every figure. */
  @Transactional
  public Figures ofRegion(
      String regionSlug, LocalDate from, LocalDate to, Optional<SignalKind> kind) {
    StaffMember staff = user.staff();
    Region region =
        Region.bySlug(regionSlug)
            .filter(staff.scope()::includes)
            .orElseThrow(UnknownRegionException::new);
    var counts =
        statistics.count(
            new PackageStatistics.Query(
                Optional.of(region),
                start(from),
                start(to.plusDays(1)),
                kind,
                PackageStatistics.Grouping.ORGANISATION));
    Map<String, String> names =
        partners.organisations(counts.stream().map(c -> c.group()).toList()).stream()
            .collect(Collectors.toMap(PartnerOrganisation::id, PartnerOrganisation::name));
    List<Row> rows =
        counts.stream()
            .map(
                c ->
                    new Row(
                        c.group(), names.getOrDefault(c.group(), c.group()), ShownCounts.all(c)))
            .toList();
    audit.record(
        AuditAction.FORWARDING_FIGURES_READ,
        Optional.empty(),
        Optional.of(region),
        Optional.of(from + " – " + to + kind.map(k -> " " + k).orElse("")));
    return new Figures(Optional.of(region), from, to, kind, OptionalInt.empty(), rows);
  }

  /** Per kind of partner over every region, k-anonymous. */
  @Transactional
  public Figures national(LocalDate from, LocalDate to, Optional<SignalKind> kind) {
    var counts =
        statistics.count(
            new PackageStatistics.Query(
                Optional.empty(),
                start(from),
                start(to.plusDays(1)),
                kind,
                PackageStatistics.Grouping.PARTNER_KIND));
    List<Row> rows =
        counts.stream()
            .map(c -> new Row(c.group(), c.group(), ShownCounts.kAnonymous(c, rule)))
            .toList();
    audit.record(
        AuditAction.FORWARDING_FIGURES_READ,
        Optional.empty(),
        Optional.empty(),
        Optional.of("landelijk " + from + " – " + to + kind.map(k -> " " + k).orElse("")));
    return new Figures(Optional.empty(), from, to, kind, OptionalInt.of(rule.threshold()), rows);
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(WorkingDays.DUTCH_TIME).toInstant();
  }
}
