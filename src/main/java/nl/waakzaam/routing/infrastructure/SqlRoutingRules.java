package nl.waakzaam.routing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.routing.domain.PostcodeRange;
import nl.waakzaam.routing.domain.PresentEntity;
import nl.waakzaam.routing.domain.RoutingRule;
import nl.waakzaam.routing.domain.RoutingRules;
import nl.waakzaam.routing.domain.RuleBook;
import nl.waakzaam.routing.domain.RuleConditions;
import nl.waakzaam.routing.domain.RuleSuggestion;
import nl.waakzaam.routing.domain.SuggestionChoice;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.shared.infrastructure.SqlInstants;
import nl.waakzaam.signal.domain.Category;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.SignalKind;

/**
 * The versions of the routing rules in PostgreSQL ({@code routing_rule_version}), the regions'
 * border municipalities and staff's choices; sets as comma-separated names, as for the partners.
 */
@ApplicationScoped
public class SqlRoutingRules implements RoutingRules {

  private static final String COLUMNS =
      "rule_id, version, region, position, name, retired, kinds, sectors, categories, priorities,"
          + " municipalities, postcodes, border_municipality, present, partners, standard_text,"
          + " priority, transfer_to, author, reason, made_at";

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public RuleBook inForce(Region region) {
    Query query =
        em.createNativeQuery(
            "select distinct on (rule_id) "
                + COLUMNS
                + " from routing_rule_version where region = ? order by rule_id, version desc");
    query.setParameter(1, region.name());
    return new RuleBook(rows(query));
  }

  @Override
  public List<RoutingRule> versions(UUID rule) {
    Query query =
        em.createNativeQuery(
            "select " + COLUMNS + " from routing_rule_version where rule_id = ? order by version");
    query.setParameter(1, rule);
    return rows(query);
  }

  @Override
  public Optional<RoutingRule> latest(UUID rule) {
    List<RoutingRule> versions = versions(rule);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  @Override
  public void add(RoutingRule rule) {
    RuleConditions when = rule.when();
    RuleSuggestion suggests = rule.suggests();
    Object[] values = {
      rule.id(),
      rule.version(),
      rule.region().name(),
      rule.position(),
      rule.name(),
      rule.retired(),
      SqlPartnerDirectory.column(when.kinds()),
      SqlPartnerDirectory.column(when.sectors()),
      SqlPartnerDirectory.column(when.categories()),
      SqlPartnerDirectory.column(when.priorities()),
      SqlPartnerDirectory.column(when.municipalities()),
      SqlPartnerDirectory.column(when.postcodes()),
      when.borderMunicipality(),
      SqlPartnerDirectory.column(when.present()),
      SqlPartnerDirectory.column(suggests.partners()),
      suggests.text().orElse(null),
      suggests.priority().map(Priority::name).orElse(null),
      suggests.transferTo().map(Region::name).orElse(null),
      rule.made().author(),
      rule.made().reason(),
      rule.made().at().atOffset(ZoneOffset.UTC)
    };
    Query insert =
        em.createNativeQuery(
            "insert into routing_rule_version ("
                + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < values.length; i++) {
      insert.setParameter(i + 1, values[i]);
    }
    insert.executeUpdate();
  }

  @Override
  public void lockRegion(Region region) {
    em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?))) l")
        .setParameter(1, "routing-rules:" + region.name())
        .getSingleResult();
  }

  @Override
  public Set<String> borderMunicipalities(Region region) {
    @SuppressWarnings("unchecked")
    List<String> codes =
        em.createNativeQuery(
                "select municipality_code from region_border_municipality where region = ?")
            .setParameter(1, region.name())
            .getResultList();
    return Set.copyOf(codes);
  }

  @Override
  public void keepBorderMunicipalities(Region region, Set<String> codes) {
    em.createNativeQuery("delete from region_border_municipality where region = ?")
        .setParameter(1, region.name())
        .executeUpdate();
    for (String code : codes) {
      em.createNativeQuery(
              "insert into region_border_municipality (region, municipality_code) values (?, ?)")
          .setParameter(1, region.name())
          .setParameter(2, code)
          .executeUpdate();
    }
  }

  @Override
  public void recordChoice(SuggestionChoice choice) {
    Object[] values = {
      Randomness.uuid(),
      choice.signal(),
      choice.rule(),
      choice.ruleVersion(),
      choice.decision().name(),
      SqlPartnerDirectory.column(choice.suggested()),
      SqlPartnerDirectory.column(choice.chosen()),
      choice.followed(),
      choice.by(),
      choice.at().atOffset(ZoneOffset.UTC)
    };
    Query insert =
        em.createNativeQuery(
            "insert into routing_suggestion_choice (id, signal_id, rule_id, rule_version, decision,"
                + " suggested, chosen, followed, chosen_by, chosen_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < values.length; i++) {
      insert.setParameter(i + 1, values[i]);
    }
    insert.executeUpdate();
  }

  private static List<RoutingRule> rows(Query query) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<RoutingRule> rules = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      rules.add(rule(r));
    }
    return rules;
  }

  private static RoutingRule rule(Object[] r) {
    Region region = Region.valueOf((String) r[2]);
    RuleConditions when =
        new RuleConditions(
            values((String) r[6], SignalKind::valueOf),
            values((String) r[7], Sector::valueOf),
            values((String) r[8], Category::valueOf),
            values((String) r[9], Priority::valueOf),
            values((String) r[10], Function.identity()),
            SqlPartnerDirectory.names((String) r[11]).stream()
                .map(p -> PostcodeRange.parse(p).orElseThrow())
                .toList(),
            (Boolean) r[12],
            values((String) r[13], PresentEntity::valueOf));
    RuleSuggestion suggests =
        new RuleSuggestion(
            SqlPartnerDirectory.names((String) r[14]),
            Optional.ofNullable((String) r[15]),
            Optional.ofNullable((String) r[16]).map(Priority::valueOf),
            Optional.ofNullable((String) r[17]).map(Region::valueOf));
    return new RoutingRule(
        (UUID) r[0],
        ((Number) r[1]).intValue(),
        region,
        ((Number) r[3]).intValue(),
        (String) r[4],
        when,
        suggests,
        (Boolean) r[5],
        new RoutingRule.Made((String) r[18], (String) r[19], SqlInstants.of(r[20])));
  }

  private static <T> Set<T> values(String column, Function<String, T> parse) {
    Set<T> values = new HashSet<>();
    SqlPartnerDirectory.names(column).forEach(n -> values.add(parse.apply(n)));
    return values;
  }
}
