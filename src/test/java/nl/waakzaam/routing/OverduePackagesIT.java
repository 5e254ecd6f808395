package nl.waakzaam.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Routed;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's list of the region's packages that partners leave unread too long: a package
 * forwarded a month ago and never opened is on it, one the partner read is not, and a package of
 * today is not yet.
 */
class OverduePackagesIT extends ApiIntegrationTest {

  private static final String OVERDUE = "api/v1/regions/limburg/overdue-packages";

  private final TestKeycloak keycloak = TestKeycloak.get();

  @Test
  void aPackageUnreadForLongerThanTheWorkingDaysAllowedIsListed() throws Exception {
    Routed.Signal old = Routed.forwardedTo(api, "politie-limburg", "gemeente-maastricht");
    Routed.Signal fresh = Routed.forwardedTo(api, "gemeente-maastricht");
    String police = old.packages().get(0);
    String municipality = old.packages().get(1);
    Api.Reply read = api.get("api/v1/inbox/" + police, keycloak.userToken("politie.limburg"));
    assertEquals(200, read.status(), read::toString);
    forwardedDaysAgo(30, police, municipality);

    String coordinator = keycloak.userToken("coordinator.limburg");
    Api.Reply overdue = api.get(OVERDUE, coordinator);
    assertEquals(200, overdue.status(), overdue::toString);
    List<String> listed =
        overdue.jsonArray().getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("id"))
            .toList();
    assertTrue(listed.contains(municipality), overdue::toString);
    assertFalse(listed.contains(police), "read, so not overdue");
    assertFalse(listed.contains(fresh.packages().get(0)), "forwarded today");
    JsonObject item =
        overdue.jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("id").equals(municipality))
            .findFirst()
            .orElseThrow();
    assertEquals(old.reference(), item.getString("reference"));
    assertEquals("Gemeente Maastricht", item.getString("organisationName"));

    assertEquals(403, api.get(OVERDUE, keycloak.userToken("analist.limburg")).status());
    assertEquals(
        404, api.get("api/v1/regions/oost-brabant/overdue-packages", coordinator).status());
  }

  /** Moves the packages' forwarding back in time, as a month passing would. */
  private static void forwardedDaysAgo(int days, String... packages) throws Exception {
    try (Connection c = TestDatabase.get().connectAsOwner();
        PreparedStatement s =
            c.prepareStatement(
                "update forwarding_package set forwarded_at = now() - make_interval(days => ?)"
                    + " where id = ?")) {
      for (String id : packages) {
        s.setInt(1, days);
        s.setObject(2, UUID.fromString(id));
        s.executeUpdate();
      }
    }
  }
}
