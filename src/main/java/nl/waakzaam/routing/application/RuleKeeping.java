package nl.waakzaam.routing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.regions.domain.Municipality;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionDirectory;
import nl.waakzaam.regions.domain.UnknownRegionException;
import nl.waakzaam.routing.domain.PartnerDirectory;
import nl.waakzaam.routing.domain.PartnerOrganisation;
import nl.waakzaam.routing.domain.RoutingRule;
import nl.waakzaam.routing.domain.RoutingRules;
import nl.waakzaam.routing.domain.RuleBook;
import nl.waakzaam.routing.domain.RuleChangedException;
import nl.waakzaam.routing.domain.RuleConditions;
import nl.waakzaam.routing.domain.RuleRejectedException;
import nl.waakzaam.routing.domain.RuleSuggestion;
import nl.waakzaam.routing.domain.SignalFacts;
import nl.waakzaam.routing.domain.UnknownRuleException;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.signal.domain.ReasonRejectedException;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.signal.domain.SignalStatus;

/**
 * A region's routing rules as its coordinators keep them: published, changed, moved in the order
 * and retired, each step a new version with its author and reason, audited; and a draft tried
 * against the region's latest signals before it is published. The region's rules change one
 * transaction at a time (on every instance), so that their order stays whole.
 */
@ApplicationScoped
public class RuleKeeping {

  /** How many of the region's latest signals a dry run looks at. */
  public static final int DRY_RUN_SIGNALS = 1_000;

  /** A rule as a coordinator writes it, before it is a version. */
  public record Draft(String name, RuleConditions when, RuleSuggestion suggests) {}

  /** A signal a draft would have applied to, and the rule in force before it that would win. */
  public record Match(
      SignalReference reference,
      SignalKind kind,
      SignalStatus status,
      Instant receivedAt,
      Optional<String> municipality,
      Optional<RoutingRule> caughtEarlierBy) {

    static Match of(Signal signal, Optional<RoutingRule> caughtEarlierBy) {
      return new Match(
          signal.reference(),
          signal.report().kind(),
          signal.status(),
          signal.origin().receivedAt(),
          signal.report().location().municipality(),
          caughtEarlierBy);
    }
  }

  /** What a draft would have done to the region's latest signals. */
  public record DryRun(int looked, List<Match> matches) {}

  /** A municipality of the region, and whether the region counts it as a border municipality. */
  public record RegionMunicipality(Municipality municipality, boolean border) {}

  private CurrentUser user;
  private RoutingRules rules;
  private PartnerDirectory partners;
  private RegionDirectory regions;
  private SignalRepository signals;
  private AuditTrail audit;
  private Clock clock;

  protected RuleKeeping() {}

  @Inject
  RuleKeeping(
      CurrentUser user,
      RoutingRules rules,
      PartnerDirectory partners,
      RegionDirectory regions,
      SignalRepository signals,
      AuditTrail audit,
      Clock clock) {
    this.user = user;
    this.rules = rules;
    this.partners = partners;
    this.regions = regions;
    this.signals = signals;
    this.audit = audit;
    this.clock = clock;
  }

  /** The region's rules in force, in their order. */
  @Transactional
  public List<RoutingRule> inForce(String regionSlug) {
    return rules.inForce(region(regionSlug)).rules();
  }

  /** Every version of a rule of the caller's regions, oldest first. */
  @Transactional
  public List<RoutingRule> versions(UUID rule) {
    List<RoutingRule> versions = rules.versions(rule);
    if (versions.isEmpty() || !user.staff().scope().includes(versions.get(0).region())) {
      throw new UnknownRuleException();
    }
    return versions;
  }

  /**
   * Publishes a new rule at {@code position} in the region's order (at the end when empty or past
   * it); the rules from there on move one place down.
   */
  @Transactional
  public RoutingRule publish(
      String regionSlug, Draft draft, Optional<Integer> position, String reason) {
    String why = ReasonRejectedException.required(reason);
    Region region = region(regionSlug);
    rules.lockRegion(region);
    check(region, draft);
    List<RoutingRule> order = new ArrayList<>(rules.inForce(region).rules());
    int at = place(position, order.size() + 1);
    RoutingRule.Made made = made(why);
    RoutingRule rule =
        RoutingRule.first(
            Randomness.uuid(), region, at, draft.name(), draft.when(), draft.suggests(), made);
    rules.add(rule);
    order.add(at - 1, rule);
    renumber(order, rule, made);
    audited(AuditAction.ROUTING_RULE_PUBLISHED, rule);
    return rule;
  }

  /**
   * Changes what a rule says, as a new version in the same place.
   *
   * @param basedOn the version the change was made to
   * @throws RuleChangedException when that is no longer the latest
   */
  @Transactional
  public RoutingRule change(UUID id, int basedOn, Draft draft, String reason) {
    String why = ReasonRejectedException.required(reason);
    RoutingRule latest = latestForChange(id, basedOn);
    check(latest.region(), draft);
    RoutingRule changed = latest.changedTo(draft.name(), draft.when(), draft.suggests(), made(why));
    rules.add(changed);
    audited(AuditAction.ROUTING_RULE_CHANGED, changed);
    return changed;
  }

  /** Moves a rule to another place in the order; the rules between move one place. */
  @Transactional
  public RoutingRule move(UUID id, int basedOn, int position, String reason) {
    String why = ReasonRejectedException.required(reason);
    RoutingRule latest = latestForChange(id, basedOn);
    List<RoutingRule> order = new ArrayList<>(rules.inForce(latest.region()).rules());
    order.removeIf(r -> r.id().equals(id));
    int at = place(Optional.of(position), order.size() + 1);
    RoutingRule.Made made = made(why);
    RoutingRule moved = latest.movedTo(at, made);
    rules.add(moved);
    order.add(at - 1, moved);
    renumber(order, moved, made);
    audited(AuditAction.ROUTING_RULE_MOVED, moved);
    return moved;
  }

  /** Retires a rule: it suggests nothing from now on; the rules after it move up one place. */
  @Transactional
  public RoutingRule retire(UUID id, int basedOn, String reason) {
    String why = ReasonRejectedException.required(reason);
    RoutingRule latest = latestForChange(id, basedOn);
    RoutingRule.Made made = made(why);
    RoutingRule retired = latest.retiredBy(made);
    rules.add(retired);
    List<RoutingRule> order = new ArrayList<>(rules.inForce(latest.region()).rules());
    order.removeIf(r -> r.id().equals(id));
    renumber(order, retired, made);
    audited(AuditAction.ROUTING_RULE_RETIRED, retired);
    return retired;
  }

  /**
   * Which of the region's latest {@value #DRY_RUN_SIGNALS} signals the draft would apply to, and
   * for each whether a rule in force before {@code position} would make the suggestion instead.
   * Nothing is kept.
   */
  @Transactional
  public DryRun dryRun(String regionSlug, Draft draft, Optional<Integer> position) {
    Region region = region(regionSlug);
    check(region, draft);
    RuleBook book = rules.inForce(region);
    int at = place(position, book.rules().size() + 1);
    Set<String> border = rules.borderMunicipalities(region);
    List<Signal> latest = signals.latestOf(region, DRY_RUN_SIGNALS);
    List<Match> matches = new ArrayList<>();
    for (Signal signal : latest) {
      SignalFacts facts = SignalFacts.of(signal, border);
      if (draft.when().matches(facts)) {
        matches.add(Match.of(signal, book.earlierThan(at, facts)));
      }
    }
    audit.record(
        AuditAction.ROUTING_RULE_TRIED,
        Optional.empty(),
        Optional.of(region),
        Optional.of(draft.name() + ": " + matches.size() + " / " + latest.size()));
    return new DryRun(latest.size(), matches);
  }

  /** The region's municipalities, each with whether it counts as lying on the national border. */
  @Transactional
  public List<RegionMunicipality> municipalities(String regionSlug) {
    Region region = region(regionSlug);
    Set<String> border = rules.borderMunicipalities(region);
    return regions.municipalities().stream()
        .filter(m -> m.region() == region)
        .map(m -> new RegionMunicipality(m, border.contains(m.code())))
        .toList();
  }

  /** Sets which of the region's municipalities count as lying on the national border. */
  @Transactional
  public List<RegionMunicipality> keepBorderMunicipalities(
      String regionSlug, Set<String> codes, String reason) {
    String why = ReasonRejectedException.required(reason);
    Region region = region(regionSlug);
    Set<String> own =
        regions.municipalities().stream()
            .filter(m -> m.region() == region)
            .map(Municipality::code)
            .collect(Collectors.toSet());
    if (!own.containsAll(codes)) {
      throw new RuleRejectedException("codes");
    }
    rules.lockRegion(region);
    rules.keepBorderMunicipalities(region, codes);
    audit.record(
        AuditAction.BORDER_MUNICIPALITIES_CHANGED,
        Optional.empty(),
        Optional.of(region),
        Optional.of(codes.size() + ": " + why));
    return municipalities(regionSlug);
  }

  private RoutingRule latestForChange(UUID id, int basedOn) {
    RoutingRule latest =
        rules
            .latest(id)
            .filter(r -> user.staff().scope().includes(r.region()))
            .orElseThrow(UnknownRuleException::new);
    rules.lockRegion(latest.region());
    latest = rules.latest(id).orElseThrow();
    if (latest.version() != basedOn) {
      throw new RuleChangedException();
    }
    if (latest.retired()) {
      throw new UnknownRuleException();
    }
    return latest;
  }

  /** The partners a draft suggests must be on the region's list; its municipalities must exist. */
  private void check(Region region, Draft draft) {
    Set<String> listed =
        partners.ofRegion(region).stream().map(PartnerOrganisation::id).collect(Collectors.toSet());
    if (!listed.containsAll(draft.suggests().partners())) {
      throw new RuleRejectedException("partners");
    }
    Set<String> known =
        regions.municipalities().stream().map(Municipality::code).collect(Collectors.toSet());
    if (!known.containsAll(draft.when().municipalities())) {
      throw new RuleRejectedException("municipalities");
    }
    if (draft.suggests().transferTo().map(region::equals).orElse(false)) {
      throw new RuleRejectedException("transferTo");
    }
  }

  /**
   * Gives every rule of {@code order} whose place changed a new version in its new place, made by
   * the same hand and for the same reason as the change of {@code cause}.
   */
  private void renumber(List<RoutingRule> order, RoutingRule cause, RoutingRule.Made made) {
    for (int i = 0; i < order.size(); i++) {
      RoutingRule rule = order.get(i);
      if (!rule.id().equals(cause.id()) && rule.position() != i + 1) {
        rules.add(
            rule.movedTo(
                i + 1,
                new RoutingRule.Made(
                    made.author(),
                    "Andere plaats door '" + cause.name() + "': " + made.reason(),
                    made.at())));
      }
    }
  }

  private static int place(Optional<Integer> position, int end) {
    return position.filter(p -> p >= 1 && p < end).orElse(end);
  }

  private RoutingRule.Made made(String reason) {
    return new RoutingRule.Made(user.staff().name(), reason, clock.instant());
  }

  private void audited(AuditAction action, RoutingRule rule) {
    audit.record(
        action,
        Optional.empty(),
        Optional.of(rule.region()),
        Optional.of(
            rule.name() + " v" + rule.version() + " (" + rule.id() + "): " + rule.made().reason()));
  }

  private Region region(String slug) {
    StaffMember staff = user.staff();
    return Region.bySlug(slug)
        .filter(staff.scope()::includes)
        .orElseThrow(UnknownRegionException::new);
  }
}
