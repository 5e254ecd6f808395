package nl.waakzaam.linking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlatesTest {

  @ParameterizedTest(name = "side code {0}: {1}")
  @CsvSource({
    "1, AB-12-34, AB1234",
    "2, 12-34-AB, 1234AB",
    "3, 12-AB-34, 12AB34",
    "4, AB-12-CD, AB12CD",
    "5, AB-CD-12, ABCD12",
    "6, 12-AB-CD, 12ABCD",
    "7, 12-ABC-3, 12ABC3",
    "8, 1-ABC-23, 1ABC23",
    "9, AB-123-C, AB123C",
    "10, A-123-BC, A123BC",
    "11, ABC-12-D, ABC12D",
    "12, A-12-BCD, A12BCD",
    "13, 1-AB-234, 1AB234",
    "14, 123-AB-4, 123AB4"
  })
  void everySideCodeIsOnePlateHoweverItIsWritten(int sideCode, String dashed, String value) {
    Entity plate = new Entity(EntityType.LICENCE_PLATE, value);
    assertEquals(Optional.of(plate), Plates.normalise(dashed, "NL"));
    assertEquals(Optional.of(plate), Plates.normalise(dashed.toLowerCase(), null));
    assertEquals(Optional.of(plate), Plates.normalise(dashed.replace('-', ' '), "nl"));
    assertEquals(List.of(plate), entities("Een bus met kenteken " + dashed + " stond er."));
    assertEquals(List.of(plate), entities("kenteken " + value + ", wit"));
  }

  @Test
  void aForeignPlateKeepsItsCountryAndIsNotHeldToDutchSideCodes() {
    assertEquals(
        Optional.of(new Entity(EntityType.LICENCE_PLATE, "BE 1ABC123")),
        Plates.normalise("1-abc-123", "be"));
    assertEquals(Optional.empty(), Plates.normalise("1-ABC-123", "NL"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Op 1-nov-24 kwam hij terug.",
        "Gezien op 12-11-24 en 24-11-2026.",
        "Om 14-30-00 uur",
        "BEDRAG 500000",
        "Het ging om de SCHUUR en de LOODS",
        "tel 06-1234-5678"
      })
  void datesAmountsAndWordsAreNoPlates(String text) {
    assertEquals(List.of(), Plates.find(text));
  }

  private static List<Entity> entities(String text) {
    List<Entity> found = Plates.find(text).stream().map(Found::entity).toList();
    assertTrue(found.size() <= 1, found::toString);
    return found;
  }
}
