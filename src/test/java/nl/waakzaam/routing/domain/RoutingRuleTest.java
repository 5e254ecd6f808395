package nl.waakzaam.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.Category;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalTestData;
import org.junit.jupiter.api.Test;

class RoutingRuleTest {

  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final RoutingRule.Made MADE = new RoutingRule.Made("coördinator", "test", AT);
  private static final RuleSuggestion POLICE =
      new RuleSuggestion(
          List.of("politie-limburg"), Optional.empty(), Optional.empty(), Optional.empty());

  /** A barn offer in Maastricht (6211), classified as drug production, naming a German plate. */
  private static SignalFacts barn() {
    return new SignalFacts(
        SignalKind.BARN_OFFER,
        Sector.AGRICULTURE,
        Optional.of(Category.DRUG_PRODUCTION),
        Priority.HIGH,
        Optional.of("GM0935"),
        OptionalInt.of(6211),
        true,
        Set.of(PresentEntity.FOREIGN_PLATE, PresentEntity.PHONE_NUMBER));
  }

  private static RuleConditions any() {
    return new RuleConditions(
        Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(), false, Set.of());
  }

  @Test
  void conditionsLeftEmptyApplyToEverySignal() {
    assertTrue(any().matches(barn()));
  }

  @Test
  void everyFieldSetMustBeMet() {
    RuleConditions all =
        new RuleConditions(
            Set.of(SignalKind.BARN_OFFER, SignalKind.GENERAL),
            Set.of(Sector.AGRICULTURE),
            Set.of(Category.DRUG_PRODUCTION),
            Set.of(Priority.HIGH, Priority.URGENT),
            Set.of("GM0935"),
            List.of(range("6200-6229")),
            true,
            Set.of(PresentEntity.FOREIGN_PLATE));
    assertTrue(all.matches(barn()));
    assertFalse(withKind(all, Set.of(SignalKind.VESSEL)).matches(barn()), "another kind");
    assertFalse(only(Set.of(), List.of(range("6300-6399")), Set.of()).matches(barn()), "range");
    assertFalse(only(Set.of("GM0917"), List.of(), Set.of()).matches(barn()), "municipality");
    assertFalse(
        only(Set.of(), List.of(), Set.of(PresentEntity.FOREIGN_PLATE, PresentEntity.MMSI))
            .matches(barn()),
        "every sort of thing listed must be named");
  }

  @Test
  void aCategoryConditionIsNotMetBeforeStaffClassify() {
    RuleConditions drugs =
        new RuleConditions(
            Set.of(),
            Set.of(),
            Set.of(Category.DRUG_PRODUCTION),
            Set.of(),
            Set.of(),
            List.of(),
            false,
            Set.of());
    SignalFacts unclassified =
        new SignalFacts(
            SignalKind.BARN_OFFER,
            Sector.AGRICULTURE,
            Optional.empty(),
            Priority.NORMAL,
            Optional.of("GM0935"),
            OptionalInt.of(6211),
            false,
            Set.of());
    assertFalse(drugs.matches(unclassified));
  }

  @Test
  void theBorderConditionNeedsABorderMunicipalityAndARangeNeedsAPostcode() {
    RuleConditions border =
        new RuleConditions(
            Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(), true, Set.of());
    SignalFacts inland =
        new SignalFacts(
            SignalKind.GENERAL,
            Sector.RETAIL,
            Optional.empty(),
            Priority.NORMAL,
            Optional.of("GM0344"),
            OptionalInt.empty(),
            false,
            Set.of());
    assertFalse(border.matches(inland));
    assertFalse(only(Set.of(), List.of(range("1000-9999")), Set.of()).matches(inland));
  }

  @Test
  void theFirstRuleInForceThatAppliesMakesTheSuggestion() {
    RoutingRule ships = rule(1, "Schepen", withKind(any(), Set.of(SignalKind.VESSEL)));
    RoutingRule all = rule(3, "Alles", any());
    RoutingRule barns = rule(2, "Schuren", withKind(any(), Set.of(SignalKind.BARN_OFFER)));
    RuleBook book = new RuleBook(List.of(all, ships, barns));

    assertEquals(
        List.of("Schepen", "Schuren", "Alles"),
        book.rules().stream().map(RoutingRule::name).toList());
    assertEquals(Optional.of(barns), book.suggestionFor(barn()));
    assertEquals(Optional.of(barns), book.earlierThan(3, barn()));
    assertEquals(Optional.empty(), book.earlierThan(2, barn()));

    RuleBook withoutBarns = new RuleBook(List.of(all, ships, barns.retiredBy(MADE)));
    assertEquals(Optional.of(all), withoutBarns.suggestionFor(barn()), "retired suggests nothing");
  }

  @Test
  void everyChangeIsTheNextVersionOfTheSameRule() {
    RoutingRule first = rule(1, "Schuren", any());
    RoutingRule changed = first.changedTo("Schuren in Zuid-Limburg", any(), POLICE, MADE);
    RoutingRule moved = changed.movedTo(4, MADE);
    RoutingRule retired = moved.retiredBy(MADE);

    assertEquals(
        List.of("1@1", "2@1", "3@4", "4@4 retired"),
        List.of(first, changed, moved, retired).stream()
            .map(r -> r.version() + "@" + r.position() + (r.retired() ? " retired" : ""))
            .toList());
    assertTrue(List.of(changed, moved, retired).stream().allMatch(r -> r.id().equals(first.id())));
    assertEquals("Schuren in Zuid-Limburg", moved.name());
  }

  @Test
  void aRuleSuggestsSomethingAndNeverItsOwnRegion() {
    RuleRejectedException nothing =
        assertThrows(
            RuleRejectedException.class,
            () ->
                new RuleSuggestion(
                    List.of(), Optional.of("  "), Optional.empty(), Optional.empty()));
    assertEquals("suggestion", nothing.field());
    RuleSuggestion toLimburg =
        new RuleSuggestion(
            List.of(), Optional.empty(), Optional.empty(), Optional.of(Region.LIMBURG));
    assertThrows(
        RuleRejectedException.class,
        () ->
            RoutingRule.first(
                UUID.randomUUID(), Region.LIMBURG, 1, "Terug", any(), toLimburg, MADE));
    assertThrows(
        RuleRejectedException.class, () -> only(Set.of("Maastricht"), List.of(), Set.of()));
  }

  @Test
  void postcodeRangesAreFourDigitsLowToHigh() {
    assertEquals(Optional.of(new PostcodeRange(6211, 6211)), PostcodeRange.parse("6211"));
    assertEquals(Optional.of(new PostcodeRange(6200, 6229)), PostcodeRange.parse(" 6200 - 6229 "));
    assertEquals(Optional.empty(), PostcodeRange.parse("6229-6200"));
    assertEquals(Optional.empty(), PostcodeRange.parse("0999"));
    assertEquals(Optional.empty(), PostcodeRange.parse("6211 AB"));
    assertEquals("6200-6229", new PostcodeRange(6200, 6229).toString());
  }

  @Test
  void theFactsOfASignalAreReadFromItsReportAndHandling() {
    SignalFacts facts = SignalFacts.of(SignalTestData.received(AT), Set.of("GM0344"));
    assertEquals(SignalKind.GENERAL, facts.kind());
    assertEquals(Sector.CAR_TRADE, facts.sector());
    assertEquals(Optional.empty(), facts.category());
    assertEquals(Priority.NORMAL, facts.priority());
    assertEquals(Optional.of("GM0344"), facts.municipalityCode());
    assertEquals(OptionalInt.of(3511), facts.postcode());
    assertTrue(facts.borderMunicipality());
    assertFalse(SignalFacts.of(SignalTestData.received(AT), Set.of()).borderMunicipality());
  }

  private static PostcodeRange range(String written) {
    return PostcodeRange.parse(written).orElseThrow();
  }

  private static RuleConditions only(
      Set<String> municipalities, List<PostcodeRange> postcodes, Set<PresentEntity> present) {
    return new RuleConditions(
        Set.of(), Set.of(), Set.of(), Set.of(), municipalities, postcodes, false, present);
  }

  private static RuleConditions withKind(RuleConditions c, Set<SignalKind> kinds) {
    return new RuleConditions(
        kinds,
        c.sectors(),
        c.categories(),
        c.priorities(),
        c.municipalities(),
        c.postcodes(),
        c.borderMunicipality(),
        c.present());
  }

  private static RoutingRule rule(int position, String name, RuleConditions when) {
    return RoutingRule.first(UUID.randomUUID(), Region.LIMBURG, position, name, when, POLICE, MADE);
  }
}
