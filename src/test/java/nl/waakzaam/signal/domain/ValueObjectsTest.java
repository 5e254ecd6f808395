package nl.waakzaam.signal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Licence plates, KvK numbers, MMSI and references: what is valid, and how it is normalised. */
class ValueObjectsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AB-12-34",
        "12-34-AB",
        "12-AB-34",
        "AB-12-CD",
        "AB-CD-12",
        "12-AB-CD",
        "12-ABC-3",
        "1-ABC-23",
        "AB-123-C",
        "A-123-BC",
        "ABC-12-D",
        "A-12-BCD",
        "1-AB-234",
        "123-AB-4"
      })
  void everyDutchSideCodeIsAValidPlate(String plate) {
    assertTrue(LicencePlate.isValid(plate, "NL"), plate);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABC-123-X", "1234567", "AB-12", "", "12-34-56", "AB-CD-EF"})
  void whatNoSideCodeMatchesIsNoDutchPlate(String plate) {
    assertFalse(LicencePlate.isValid(plate, "NL"), plate);
  }

  @Test
  void platesAreNormalisedSoTheSamePlateIsOnePlate() {
    assertEquals(LicencePlate.parse("12-abc-3", "nl"), LicencePlate.parse("12 ABC 3", "NL"));
    assertEquals("12ABC3", LicencePlate.parse("12-abc-3", "NL").orElseThrow().value());
  }

  @Test
  void foreignAndUnknownPlatesNeedOnlyLettersAndDigits() {
    assertTrue(LicencePlate.isValid("1-ABC-234", "BE"));
    assertTrue(LicencePlate.isValid("B MW 1234", null));
    assertFalse(LicencePlate.isValid("X", null));
    assertFalse(LicencePlate.isValid("ÄÖÜ-1", "DE"));
  }

  @Test
  void aKvkNumberHasEightDigits() {
    assertEquals("12345678", KvkNumber.parse("1234 5678").orElseThrow().value());
    assertEquals("12345678", KvkNumber.parse("12.34.56.78").orElseThrow().value());
    assertFalse(KvkNumber.isValid("1234567"));
    assertFalse(KvkNumber.isValid("123456789"));
    assertFalse(KvkNumber.isValid("1234567a"));
  }

  @Test
  void anMmsiOfAShipHasNineDigitsAndAMaritimeIdentificationOfAFlagState() {
    assertEquals(244, Mmsi.parse("244 123 456").orElseThrow().mid());
    assertTrue(Mmsi.isValid("211987654"));
    assertFalse(Mmsi.isValid("002441234"), "a coast station");
    assertFalse(Mmsi.isValid("970123456"), "a search-and-rescue transmitter");
    assertFalse(Mmsi.isValid("24412345"), "eight digits");
    assertFalse(Mmsi.isValid("200123456"), "MID 200 is not assigned");
  }

  @Test
  void aReferenceIsTheYearAndSixRandomDigits() {
    SignalReference reference = SignalReference.random(2026, new Random(7));

    assertTrue(reference.value().matches("VO-2026-[0-9]{6}"));
    assertEquals(reference, SignalReference.parse(reference.value()).orElseThrow());
    assertFalse(SignalReference.parse("VO-2026-12345").isPresent());
    assertFalse(SignalReference.parse("vo-2026-123456").isPresent());
  }
}
