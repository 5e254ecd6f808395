package nl.waakzaam.routing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.routing.domain.PartnerDirectory;
import nl.waakzaam.routing.domain.PartnerOrganisation;
import nl.waakzaam.routing.domain.RoutingRule;
import nl.waakzaam.routing.domain.RoutingRules;
import nl.waakzaam.routing.domain.SignalFacts;
import nl.waakzaam.routing.domain.SuggestionChoice;
import nl.waakzaam.signal.application.StaffLookup;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;

/**
 * What the region's rules in force suggest for a signal, worked out when asked (so that it follows
 * the signal's category and priority as staff set them, and the rules as they read now), and what
 * staff then chose: forwarding and offering to another region record whether they followed the
 * suggestion of the rule, by its version.
 */
@ApplicationScoped
public class RoutingSuggestions {

  /** The rule that made the suggestion, and the partners it suggests as the directory has them. */
  public record Suggestion(RoutingRule rule, List<PartnerOrganisation> partners) {}

  private CurrentUser user;
  private StaffLookup lookup;
  private RoutingRules rules;
  private PartnerDirectory partners;
  private AuditTrail audit;

  protected RoutingSuggestions() {}

  @Inject
  RoutingSuggestions(
      CurrentUser user,
      StaffLookup lookup,
      RoutingRules rules,
      PartnerDirectory partners,
      AuditTrail audit) {
    this.user = user;
    this.lookup = lookup;
    this.rules = rules;
    this.partners = partners;
    this.audit = audit;
  }

  /** The suggestion for a signal of the caller's regions; empty when no rule applies. */
  @Transactional
  public Optional<Suggestion> forSignal(SignalReference reference) {
    Signal signal = lookup.find(reference, user.staff().scope());
    return ruleFor(signal)
        .map(rule -> new Suggestion(rule, partners.organisations(rule.suggests().partners())));
  }

  /** The first rule in force of the signal's region that applies to it. */
  Optional<RoutingRule> ruleFor(Signal signal) {
    Region region = signal.region();
    return rules
        .inForce(region)
        .suggestionFor(SignalFacts.of(signal, rules.borderMunicipalities(region)));
  }

  /** Records, where a rule suggested partners, whether staff forwarded to exactly those. */
  void forwarded(Signal signal, List<String> chosen, StaffMember staff, Instant at) {
    ruleFor(signal)
        .filter(rule -> !rule.suggests().partners().isEmpty())
        .ifPresent(
            rule ->
                record(
                    signal,
                    rule,
                    SuggestionChoice.Decision.FORWARDING,
                    rule.suggests().partners(),
                    chosen,
                    staff,
                    at));
  }

  /** Records, where a rule suggested another region, whether staff offered it there. */
  void offered(Signal signal, Region to, StaffMember staff, Instant at) {
    ruleFor(signal)
        .filter(rule -> rule.suggests().transferTo().isPresent())
        .ifPresent(
            rule ->
                record(
                    signal,
                    rule,
                    SuggestionChoice.Decision.TRANSFER,
                    List.of(rule.suggests().transferTo().get().name()),
                    List.of(to.name()),
                    staff,
                    at));
  }

  private void record(
      Signal signal,
      RoutingRule rule,
      SuggestionChoice.Decision decision,
      List<String> suggested,
      List<String> chosen,
      StaffMember staff,
      Instant at) {
    SuggestionChoice choice =
        new SuggestionChoice(
            signal.id(), rule.id(), rule.version(), decision, suggested, chosen, staff.name(), at);
    rules.recordChoice(choice);
    audit.record(
        choice.followed()
            ? AuditAction.ROUTING_SUGGESTION_FOLLOWED
            : AuditAction.ROUTING_SUGGESTION_SET_ASIDE,
        Optional.of(signal.reference()),
        Optional.of(signal.region()),
        Optional.of(
            rule.name()
                + " v"
                + rule.version()
                + ": voorgesteld "
                + String.join(", ", choice.suggested())
                + "; gekozen "
                + String.join(", ", choice.chosen())));
  }
}
