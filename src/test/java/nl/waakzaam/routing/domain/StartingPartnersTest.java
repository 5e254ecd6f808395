package nl.waakzaam.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.infrastructure.CbsRegionDirectory;
import nl.waakzaam.signal.domain.Partner;
import org.junit.jupiter.api.Test;

class StartingPartnersTest {

  private final List<StartingPartners.Seed> seeds =
      StartingPartners.organisations(new CbsRegionDirectory().municipalities());

  @Test
  void everyMunicipalityOfTheReferenceDataIsAPartnerWithAnIdOfItsOwn() {
    Set<String> ids = new HashSet<>();
    seeds.forEach(s -> assertTrue(ids.add(s.organisation().id()), s.organisation().id()));
    assertEquals(
        342, seeds.stream().filter(s -> s.organisation().kind() == Partner.MUNICIPALITY).count());
    assertTrue(ids.contains("gemeente-maastricht"));
    assertTrue(ids.contains("gemeente-s-hertogenbosch"));
    assertTrue(ids.contains("gemeente-sudwest-fryslan"));
    assertTrue(ids.stream().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*")), ids::toString);
  }

  @Test
  void aRegionStartsWithItsOwnPoliceRiecAndMunicipalitiesTheNationalPartnersAndEuriecAtTheBorder() {
    List<String> limburg = StartingPartners.listOf(Region.LIMBURG, seeds);
    assertTrue(
        limburg.containsAll(List.of("politie-limburg", "riec-limburg", "gemeente-maastricht")));
    assertTrue(limburg.containsAll(List.of("fiod", "douane", "nvwa", "euriec")));
    assertFalse(limburg.contains("politie-rotterdam"));
    assertFalse(limburg.contains("gemeente-rotterdam"));

    List<String> rotterdam = StartingPartners.listOf(Region.ROTTERDAM, seeds);
    assertTrue(rotterdam.contains("gemeente-rotterdam"));
    assertFalse(rotterdam.contains("euriec"), "Rotterdam borders neither Belgium nor Germany");
  }

  @Test
  void onlyThePoliceReceiveAConsentingReportersContactDetails() {
    seeds.forEach(
        s ->
            assertEquals(
                s.organisation().kind() == Partner.POLICE,
                s.organisation().profile().receivesContact(),
                s.organisation().id()));
  }
}
