package nl.waakzaam.regions.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import nl.waakzaam.regions.domain.Postcode;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionAssignment;
import nl.waakzaam.regions.domain.RegionAssignment.Basis;
import org.junit.jupiter.api.Test;

class CbsRegionDirectoryTest {

  private final CbsRegionDirectory directory = new CbsRegionDirectory();

  private RegionAssignment assign(String postcode, String municipality) {
    return directory
        .assign(Postcode.parse(postcode), Optional.ofNullable(municipality))
        .orElseThrow(() -> new AssertionError("no region for " + postcode + " / " + municipality));
  }

  @Test
  void aKnownPostcodeGivesItsMunicipalityAndRegion() {
    RegionAssignment a = assign("1011 AB", null);

    assertEquals(Region.AMSTERDAM_AMSTELLAND, a.region());
    assertEquals(Basis.POSTCODE, a.basis());
    assertEquals("GM0363", a.municipality().orElseThrow().code());
  }

  @Test
  void thePostcodeWinsOverTheNamedMunicipality() {
    assertEquals(Region.LIMBURG, assign("6211", "Amsterdam").region());
  }

  @Test
  void aPostcodeMissingFromTheDataTakesTheMajorityRegionOfItsArea() {
    RegionAssignment a = assign("1010", null);

    assertEquals(Region.AMSTERDAM_AMSTELLAND, a.region());
    assertEquals(Basis.POSTCODE_AREA, a.basis());
    assertTrue(a.municipality().isEmpty());
  }

  @Test
  void aPostcodeWithoutKnownAreaFallsBackToTheMunicipality() {
    RegionAssignment a = assign("2885", "Krimpenerwaard");

    assertEquals(Region.DEN_HAAG, a.region());
    assertEquals(Basis.MUNICIPALITY, a.basis());
  }

  @Test
  void nothingToGoOnGivesNoRegion() {
    assertTrue(directory.assign(Postcode.parse("2885"), Optional.empty()).isEmpty());
    assertTrue(directory.assign(Optional.empty(), Optional.of("Atlantis")).isEmpty());
  }

  @Test
  void municipalityNamesAreMatchedAsPeopleWriteThem() {
    assertEquals("GM0518", directory.municipalityNamed("Den Haag").orElseThrow().code());
    assertEquals("GM0518", directory.municipalityNamed("'s-Gravenhage").orElseThrow().code());
    assertEquals("GM0796", directory.municipalityNamed("den bosch").orElseThrow().code());
    assertEquals("GM0687", directory.municipalityNamed("Middelburg").orElseThrow().code());
    assertEquals(
        "GM0820",
        directory.municipalityNamed("Nuenen, Gerwen en Nederwetten").orElseThrow().code());
    assertEquals("GM0080", directory.municipalityNamed("Leeuwarden").orElseThrow().code());
  }

  @Test
  void anAmbiguousNameIsNotGuessed() {
    assertTrue(directory.municipalityNamed("Bergen").isEmpty(), "Bergen (NH.) or Bergen (L.)");
    assertEquals(
        Region.NOORD_HOLLAND, directory.municipalityNamed("Bergen (NH.)").orElseThrow().region());
    assertEquals(Region.LIMBURG, directory.municipalityNamed("Bergen (L.)").orElseThrow().region());
  }

  @Test
  void everyMappedPostcodeOfTheDataHasARegionAndAllTenRegionsOccur() {
    EnumSet<Region> seen = EnumSet.noneOf(Region.class);
    int mapped = 0;
    for (var record : CsvRecords.read("pc4-regions.csv")) {
      Optional<RegionAssignment> a =
          directory.assign(Postcode.parse(record.get(0)), Optional.empty());
      if (!record.get(4).isEmpty()) {
        mapped++;
        assertEquals(record.get(4), a.orElseThrow().region().displayName(), record.toString());
        seen.add(a.get().region());
      }
    }
    assertEquals(4_080, mapped);
    assertEquals(EnumSet.allOf(Region.class), seen);
  }

  @Test
  void quotedFieldsAreReadWhole() {
    assertEquals(
        java.util.List.of("GM0820", "Nuenen, Gerwen en Nederwetten", "VR22", "Oost-Brabant"),
        CsvRecords.split("GM0820,\"Nuenen, Gerwen en Nederwetten\",VR22,Oost-Brabant"));
  }
}
