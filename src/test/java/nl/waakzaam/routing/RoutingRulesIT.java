package nl.waakzaam.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Routed;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Limburg's routing rules through the API with real tokens: published in order, each change a new
 * version (and a change to an old version refused), a draft tried against the latest signals
 * without being kept, the suggestion of the first rule that applies on a new signal, and staff's
 * choice against it recorded when they forward.
 */
class RoutingRulesIT extends ApiIntegrationTest {

  private static final String RULES = "api/v1/regions/limburg/routing-rules";

  private final TestKeycloak keycloak = TestKeycloak.get();
  private final TestDatabase database = TestDatabase.get();
  private String coordinator;

  @BeforeEach
  void noRulesInForce() {
    coordinator = keycloak.userToken("coordinator.limburg");
    // Retiring one moves the rules after it up, each a new version: list again after each.
    for (List<JsonObject> left = inForce(); !left.isEmpty(); left = inForce()) {
      JsonObject rule = left.get(left.size() - 1);
      Api.Reply retired =
          api.post(
              "api/v1/routing-rules/" + rule.getString("id") + "/retirement",
              Json.createObjectBuilder()
                  .add("basedOn", rule.getInt("version"))
                  .add("reason", "Opgeruimd voor de test.")
                  .build(),
              coordinator);
      assertEquals(200, retired.status(), retired::toString);
    }
  }

  @Test
  void theFirstRuleInForceThatAppliesSuggestsAndEveryChangeIsAVersion() {
    long changesAudited = database.regionAuditRecords("ROUTING_RULE_CHANGED", "LIMBURG");
    JsonObject barns =
        publish(
            "Schuren in Zuid-Limburg",
            null,
            Json.createObjectBuilder()
                .add("kinds", Json.createArrayBuilder().add("BARN_OFFER"))
                .add("postcodes", Json.createArrayBuilder().add("6200-6229")),
            suggestsPartners("politie-limburg", "gemeente-maastricht"));
    JsonObject everything =
        publish(
            "Al het andere",
            null,
            Json.createObjectBuilder(),
            Json.createObjectBuilder().add("text", "Bespreek in het wekelijkse overleg."));
    JsonObject vessels =
        publish(
            "Schepen",
            1,
            Json.createObjectBuilder().add("kinds", Json.createArrayBuilder().add("VESSEL")),
            Json.createObjectBuilder().add("transferTo", "zeeland-west-brabant"));
    assertEquals(1, vessels.getInt("position"));

    List<JsonObject> inForce = inForce();
    assertEquals(
        List.of("Schepen", "Schuren in Zuid-Limburg", "Al het andere"),
        inForce.stream().map(r -> r.getString("name")).toList());
    assertEquals(List.of(1, 2, 3), inForce.stream().map(r -> r.getInt("position")).toList());
    JsonObject barnsNow = inForce.get(1);
    assertEquals(2, barnsNow.getInt("version"), "moved down a place: a new version");
    assertTrue(barnsNow.getString("reason").contains("Schepen"), barnsNow::toString);

    Api.Reply changed =
        api.put(
            "api/v1/routing-rules/" + barns.getString("id"),
            change(2, "Schuren rond Maastricht", "6200-6229", "Ook de gemeente erbij."),
            coordinator);
    assertEquals(200, changed.status(), changed::toString);
    assertEquals(3, changed.json().getInt("version"));
    Api.Reply stale =
        api.put(
            "api/v1/routing-rules/" + barns.getString("id"),
            change(2, "Schuren", "6200-6299", "Een oude versie."),
            coordinator);
    assertEquals(409, stale.status(), stale::toString);
    assertEquals("urn:waakzaam:problem:routing-rule-changed", stale.json().getString("type"));

    Api.Reply versions =
        api.get("api/v1/routing-rules/" + barns.getString("id") + "/versions", coordinator);
    assertEquals(200, versions.status(), versions::toString);
    List<JsonObject> history = versions.jsonArray().getValuesAs(JsonObject.class);
    assertEquals(List.of(1, 2, 3), history.stream().map(v -> v.getInt("version")).toList());
    assertEquals(
        List.of("Schuren in Zuid-Limburg", "Schuren in Zuid-Limburg", "Schuren rond Maastricht"),
        history.stream().map(v -> v.getString("name")).toList());
    assertTrue(history.stream().allMatch(v -> !v.getString("madeBy").isBlank()));
    assertEquals(
        changesAudited + 1,
        database.regionAuditRecords("ROUTING_RULE_CHANGED", "LIMBURG"),
        "the one change audited, the refused one not");

    // A new barn offer in Maastricht: the barn rule suggests, with its partners in its order.
    String barn = submit(Signals.barnOffer().build());
    String analyst = keycloak.userToken("analist.limburg");
    JsonObject suggestion = suggestion(barn, analyst);
    assertTrue(suggestion.getBoolean("matched"), suggestion::toString);
    assertEquals("Schuren rond Maastricht", suggestion.getJsonObject("rule").getString("name"));
    assertEquals(3, suggestion.getJsonObject("rule").getInt("version"));
    assertEquals(
        List.of("politie-limburg", "gemeente-maastricht"),
        suggestion.getJsonArray("partners").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("id"))
            .toList());
    String general = submit(Signals.general().build());
    assertEquals(
        "Al het andere",
        suggestion(general, analyst).getJsonObject("rule").getString("name"),
        "the barn rule does not apply, the catch-all does");

    // Moved to the top, the catch-all wins for the barn too; retired, it suggests nothing.
    JsonObject everythingNow = inForce().get(2);
    Api.Reply moved =
        api.put(
            "api/v1/routing-rules/" + everything.getString("id") + "/position",
            Json.createObjectBuilder()
                .add("basedOn", everythingNow.getInt("version"))
                .add("position", 1)
                .add("reason", "Eerst alles bespreken.")
                .build(),
            coordinator);
    assertEquals(200, moved.status(), moved::toString);
    assertEquals(
        List.of("Al het andere", "Schepen", "Schuren rond Maastricht"),
        inForce().stream().map(r -> r.getString("name")).toList());
    assertEquals(
        "Al het andere", suggestion(barn, analyst).getJsonObject("rule").getString("name"));
    Api.Reply retired =
        api.post(
            "api/v1/routing-rules/" + everything.getString("id") + "/retirement",
            Json.createObjectBuilder()
                .add("basedOn", moved.json().getInt("version"))
                .add("reason", "Niet meer nodig.")
                .build(),
            coordinator);
    assertEquals(200, retired.status(), retired::toString);
    assertEquals(List.of(1, 2), inForce().stream().map(r -> r.getInt("position")).toList());
    assertEquals(
        "Schuren rond Maastricht",
        suggestion(barn, analyst).getJsonObject("rule").getString("name"));
    assertFalse(suggestion(general, analyst).getBoolean("matched"));

    // The coordinator forwards to the police only: set aside, and recorded as such.
    Routed.triaged(api, barn);
    Api.Reply forwarded =
        api.post(
            "api/v1/signals/" + barn + "/forwardings",
            Json.createObjectBuilder()
                .add(
                    "partners",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("organisation", "politie-limburg")
                                .add("legalBasis", "RIEC_COVENANT")))
                .build(),
            coordinator);
    assertEquals(201, forwarded.status(), forwarded::toString);
    assertEquals(1, database.auditRecords("ROUTING_SUGGESTION_SET_ASIDE", barn));
    assertEquals(0, database.auditRecords("ROUTING_SUGGESTION_FOLLOWED", barn));
  }

  @Test
  void aDraftIsTriedOnTheLatestSignalsAndNotKept() {
    String barn = submit(Signals.barnOffer().build());
    String general = submit(Signals.general().build());
    JsonObject draft =
        Json.createObjectBuilder()
            .add("name", "Schuren")
            .add(
                "when",
                Json.createObjectBuilder()
                    .add("kinds", Json.createArrayBuilder().add("BARN_OFFER"))
                    .add("postcodes", Json.createArrayBuilder().add("6211")))
            .add("suggests", suggestsPartners("politie-limburg"))
            .build();
    long trialsAudited = database.regionAuditRecords("ROUTING_RULE_TRIED", "LIMBURG");
    Api.Reply tried = api.post(RULES + "/dry-run", draft, coordinator);
    assertEquals(200, tried.status(), tried::toString);
    JsonObject run = tried.json();
    assertTrue(run.getInt("looked") >= 2 && run.getInt("looked") <= 1000, run::toString);
    List<String> matched =
        run.getJsonArray("signals").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("reference"))
            .toList();
    assertTrue(matched.contains(barn), run::toString);
    assertFalse(matched.contains(general), run::toString);
    assertEquals(run.getInt("matched"), run.getInt("wouldSuggest"), "no rule in force before it");
    assertTrue(inForce().isEmpty(), "a dry run keeps nothing");
    assertEquals(trialsAudited + 1, database.regionAuditRecords("ROUTING_RULE_TRIED", "LIMBURG"));

    // With a rule in force that catches barn offers first, the draft would not suggest for it.
    publish(
        "Alle schuren",
        null,
        Json.createObjectBuilder().add("kinds", Json.createArrayBuilder().add("BARN_OFFER")),
        suggestsPartners("riec-limburg"));
    JsonObject second =
        api.post(
                RULES + "/dry-run",
                Json.createObjectBuilder(draft).add("position", 2).build(),
                coordinator)
            .json();
    JsonObject forBarn =
        second.getJsonArray("signals").getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("reference").equals(barn))
            .findFirst()
            .orElseThrow();
    assertEquals("Alle schuren", forBarn.getJsonObject("caughtEarlierBy").getString("name"));
    assertEquals(0, second.getInt("wouldSuggest"), second::toString);
  }

  @Test
  void aRuleThatCannotBeKeptIsToldAtItsFieldAndOnlyCoordinatorsKeepRules() {
    Api.Reply stranger =
        api.post(
            RULES,
            rule("Rotterdam", "6200-6229", suggestsPartners("politie-rotterdam")),
            coordinator);
    assertEquals(422, stranger.status(), stranger::toString);
    assertTrue(stranger.violations().containsKey("/suggests/partners"), stranger::toString);
    Api.Reply range =
        api.post(RULES, rule("Verkeerd", "62AB", suggestsPartners("politie-limburg")), coordinator);
    assertEquals(422, range.status(), range::toString);
    assertTrue(range.violations().containsKey("/when/postcodes"), range::toString);
    Api.Reply nothing =
        api.post(RULES, rule("Niets", "6200-6229", Json.createObjectBuilder()), coordinator);
    assertEquals(422, nothing.status(), nothing::toString);
    assertTrue(nothing.violations().containsKey("/suggests"), nothing::toString);
    Api.Reply home =
        api.post(
            RULES,
            rule("Terug", "6200-6229", Json.createObjectBuilder().add("transferTo", "limburg")),
            coordinator);
    assertEquals(422, home.status(), home::toString);
    assertTrue(inForce().isEmpty());

    JsonObject good = rule("Schuren", "6200-6229", suggestsPartners("politie-limburg"));
    assertEquals(403, api.post(RULES, good, keycloak.userToken("analist.limburg")).status());
    assertEquals(404, api.post(RULES, good, keycloak.userToken("coordinator.zeeland")).status());
  }

  @Test
  void aBorderRuleAppliesInTheMunicipalitiesTheRegionMarks() {
    long bordersAudited = database.regionAuditRecords("BORDER_MUNICIPALITIES_CHANGED", "LIMBURG");
    String border = "api/v1/regions/limburg/border-municipalities";
    Api.Reply municipalities = api.get(border, coordinator);
    assertEquals(200, municipalities.status(), municipalities::toString);
    assertTrue(municipalities.body().contains("\"GM0935\""), "Maastricht is Limburg's");
    assertFalse(municipalities.body().contains("\"GM0344\""), "Utrecht is not");
    Api.Reply utrecht = api.put(border, borderCodes("GM0935", "GM0344"), coordinator);
    assertEquals(422, utrecht.status(), utrecht::toString);
    assertTrue(utrecht.violations().containsKey("/codes"), utrecht::toString);

    publish(
        "Grens",
        null,
        Json.createObjectBuilder().add("borderMunicipality", true),
        suggestsPartners("euriec"));
    String barn = submit(Signals.barnOffer().build());
    String analyst = keycloak.userToken("analist.limburg");
    Api.Reply none = api.put(border, borderCodes(), coordinator);
    assertEquals(200, none.status(), none::toString);
    assertFalse(suggestion(barn, analyst).getBoolean("matched"));
    Api.Reply maastricht = api.put(border, borderCodes("GM0935"), coordinator);
    assertEquals(200, maastricht.status(), maastricht::toString);
    assertTrue(
        maastricht.jsonArray().getValuesAs(JsonObject.class).stream()
            .anyMatch(m -> m.getString("code").equals("GM0935") && m.getBoolean("border")));
    assertEquals("Grens", suggestion(barn, analyst).getJsonObject("rule").getString("name"));
    assertEquals(
        bordersAudited + 2,
        database.regionAuditRecords("BORDER_MUNICIPALITIES_CHANGED", "LIMBURG"),
        "the two lists kept, not the refused one");
  }

  // --- helpers -------------------------------------------------------------------------------

  private JsonObject publish(
      String name, Integer position, JsonObjectBuilder when, JsonObjectBuilder suggests) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("when", when)
            .add("suggests", suggests)
            .add("reason", "Afgesproken in het RIEC-overleg.");
    if (position != null) {
      body.add("position", position);
    }
    Api.Reply published = api.post(RULES, body.build(), coordinator);
    assertEquals(201, published.status(), published::toString);
    assertEquals(1, published.json().getInt("version"));
    return published.json();
  }

  private List<JsonObject> inForce() {
    Api.Reply listed = api.get(RULES, coordinator);
    assertEquals(200, listed.status(), listed::toString);
    return listed.jsonArray().getValuesAs(JsonObject.class);
  }

  private static JsonObject rule(String name, String postcodes, JsonObjectBuilder suggests) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add(
            "when",
            Json.createObjectBuilder().add("postcodes", Json.createArrayBuilder().add(postcodes)))
        .add("suggests", suggests)
        .add("reason", "Afgesproken.")
        .build();
  }

  /** New content for the barn rule: barn offers in the postcodes given. */
  private static JsonObject change(int basedOn, String name, String postcodes, String reason) {
    return Json.createObjectBuilder()
        .add("basedOn", basedOn)
        .add("name", name)
        .add(
            "when",
            Json.createObjectBuilder()
                .add("kinds", Json.createArrayBuilder().add("BARN_OFFER"))
                .add("postcodes", Json.createArrayBuilder().add(postcodes)))
        .add("suggests", suggestsPartners("politie-limburg", "gemeente-maastricht"))
        .add("reason", reason)
        .build();
  }

  private static JsonObjectBuilder suggestsPartners(String... partners) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    for (String id : partners) {
      ids.add(id);
    }
    return Json.createObjectBuilder().add("partners", ids);
  }

  private static JsonObject borderCodes(String... codes) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String code : codes) {
      list.add(code);
    }
    return Json.createObjectBuilder().add("codes", list).add("reason", "Volgens EURIEC.").build();
  }

  /** A signal in Maastricht (6211 AB), Limburg. */
  private String submit(JsonObject signal) {
    return Routed.inMaastricht(api, signal).reference();
  }

  private JsonObject suggestion(String reference, String token) {
    Api.Reply reply = api.get("api/v1/signals/" + reference + "/routing-suggestion", token);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }
}
