package nl.waakzaam.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import nl.waakzaam.access.domain.Job;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.access.infrastructure.JwtCurrentUser;
import nl.waakzaam.regions.domain.Region;
import org.junit.jupiter.api.Test;

/** Keycloak's flat groups claim read as jobs, permissions and regions. */
class JwtClaimsTest {

  @Test
  void rolesBecomePermissionsAndJobsAndRegionGroupsBecomeTheScope() {
    StaffMember staff =
        JwtCurrentUser.fromClaims(
            "sub-1",
            "analist.zuid",
            Set.of(
                "analyst",
                "signal:read",
                "signal:triage",
                "/regions/limburg",
                "/regions/den-haag"));

    assertEquals(EnumSet.of(Job.ANALYST), staff.jobs());
    assertEquals(EnumSet.of(Permission.SIGNAL_READ, Permission.SIGNAL_TRIAGE), staff.permissions());
    assertEquals(EnumSet.of(Region.LIMBURG, Region.DEN_HAAG), staff.scope().regions());
  }

  @Test
  void unknownRolesAndGroupsGiveNothing() {
    StaffMember staff =
        JwtCurrentUser.fromClaims(
            "sub-2",
            "x",
            Set.of("offline_access", "/regions/atlantis", "/other/limburg", "limburg"));

    assertTrue(staff.permissions().isEmpty());
    assertTrue(staff.jobs().isEmpty());
    assertTrue(staff.scope().isEmpty(), "sees no region");
  }

  @Test
  void everyRegionHasTheSlugOfItsKeycloakGroup() {
    assertEquals("den-haag", Region.DEN_HAAG.slug());
    assertEquals("zeeland-west-brabant", Region.ZEELAND_WEST_BRABANT.slug());
    for (Region r : Region.values()) {
      assertEquals(r, Region.bySlug(r.slug()).orElseThrow());
    }
  }
}
