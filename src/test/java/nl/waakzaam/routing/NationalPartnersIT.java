package nl.waakzaam.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import nl.waakzaam.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The national organisations' functional mailboxes, which no region owns: kept by an administrator
 * (partners:manage), audited; a region's own organisation is not one of them, and a coordinator
 * keeps only their region's.
 */
class NationalPartnersIT extends ApiIntegrationTest {

  @Test
  void anAdministratorKeepsTheMailboxOfANationalOrganisationOnly() {
    TestTokens tokens = new TestTokens(TestKeycloak.get());
    String admin =
        tokens.sign(
            tokens.claims("beheer", List.of("admin", "partners:manage", "routing:manage")).build());
    Api.Reply national = api.get("api/v1/partners", admin);
    assertEquals(200, national.status(), national::toString);
    List<String> ids =
        national.jsonArray().getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("id"))
            .toList();
    assertTrue(ids.containsAll(List.of("nvwa", "fiod", "euriec")), ids::toString);
    assertTrue(ids.stream().noneMatch(id -> id.startsWith("politie-")), ids::toString);

    long before = TestDatabase.get().count("audit_record");
    Api.Reply kept =
        api.put("api/v1/partners/nvwa/mailbox", mailbox("meldingen@nvwa.example"), admin);
    assertEquals(200, kept.status(), kept::toString);
    assertEquals("meldingen@nvwa.example", kept.json().getString("mailbox"));
    assertTrue(TestDatabase.get().count("audit_record") > before, "audited");

    Api.Reply regional =
        api.put("api/v1/partners/politie-limburg/mailbox", mailbox("x@politie.example"), admin);
    assertEquals(422, regional.status(), regional::toString);
    assertEquals("urn:waakzaam:problem:unknown-partner", regional.json().getString("type"));
    assertEquals(
        403,
        api.put(
                "api/v1/partners/nvwa/mailbox",
                mailbox("y@nvwa.example"),
                TestKeycloak.get().userToken("coordinator.limburg"))
            .status());

    Api.Reply cleared = api.put("api/v1/partners/nvwa/mailbox", mailbox(""), admin);
    assertEquals(200, cleared.status(), cleared::toString);
    assertTrue(!cleared.json().containsKey("mailbox") || cleared.json().isNull("mailbox"));
  }

  private static JsonObject mailbox(String address) {
    return Json.createObjectBuilder()
        .add("mailbox", address)
        .add("reason", "Nieuw functioneel adres.")
        .build();
  }
}
