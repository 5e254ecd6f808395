package nl.waakzaam.linking.domain;

import static nl.waakzaam.linking.domain.NumbersTest.entities;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses (postcode and house number) and what identifies a vessel. */
class PlacesAndVesselsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Dorpsstraat 12a, 5712 AB Someren | 5712AB 12 A",
        "Dorpsstraat 12 A 5712AB | 5712AB 12 A",
        "5712 AB 12-a | 5712AB 12 A",
        "5712AB 12 | 5712AB 12",
        "Kerkpad 3-2, 6211 AA Maastricht | 6211AA 3 2"
      })
  void anAddressIsItsPostcodeHouseNumberAndAddition(String text, String value) {
    assertEquals(
        List.of(new Entity(EntityType.ADDRESS, value)),
        entities(Addresses.find("Het adres is " + text + ", daar.")));
  }

  @Test
  void typedFieldsGiveTheSameValueAndAPostcodeAloneIsNoAddress() {
    assertEquals(
        Optional.of(new Entity(EntityType.ADDRESS, "5712AB 12 A")),
        Addresses.fromLine("5712 ab", "Dorpsstraat 12a"));
    assertEquals(Optional.empty(), Addresses.fromLine("5712", "Dorpsstraat 12a"));
    assertEquals(Optional.empty(), Addresses.normalise("5712 SS", "12", null));
    assertEquals(List.of(), Addresses.find("Sinds 2024 DE boer, postcode 5712 AB."));
  }

  @ParameterizedTest
  @CsvSource({
    "244123456, SHIP, 244, NL",
    "246123456, SHIP, 246, NL",
    "024412345, GROUP, 244, NL",
    "002442000, COAST_STATION, 244, NL",
    "211234567, SHIP, 211, DE",
    "218234567, SHIP, 218, DE",
    "205 123 456, SHIP, 205, BE",
    "636012345, SHIP, 636, LR",
    "353123456, SHIP, 353, PA"
  })
  void anMmsiOfEachFormNamesItsFlagState(
      String written, Vessels.MmsiForm form, int mid, String flag) {
    String digits = written.replace(" ", "");
    assertEquals(Optional.of(form), Vessels.form(digits));
    assertEquals(mid, Vessels.mid(digits));
    assertEquals(Optional.of(flag), Vessels.flagState(digits));
    assertEquals(Optional.of(new Entity(EntityType.MMSI, digits)), Vessels.mmsi(written));
    assertEquals(
        List.of(new Entity(EntityType.MMSI, digits)),
        entities(Vessels.find("Het jacht (MMSI: " + written + ") lag aan de kade.")));
  }

  @Test
  void aMidTheTableDoesNotAllocateHasNoFlagState() {
    // 217 lies between Armenia's 216 and Germany's 218 and is allocated to no one.
    assertEquals(Optional.empty(), Vessels.flagState("217123456"));
    assertEquals(Optional.empty(), Vessels.flagState("12345"));
  }

  @Test
  void nineDigitsOutsideTheMidsOrWithoutTheWordAreNoMmsi() {
    assertEquals(Optional.empty(), Vessels.mmsi("199123456"));
    assertEquals(Optional.empty(), Vessels.mmsi("800123456"));
    assertEquals(Optional.empty(), Vessels.mmsi("24412345"));
    assertEquals(List.of(), Vessels.find("ordernummer 244123456"));
  }

  @Test
  void eniNumbersAndVesselNames() {
    assertEquals(
        List.of(new Entity(EntityType.ENI_NUMBER, "02312345")),
        entities(Vessels.find("binnenvaartschip, ENI-nummer 0231 2345")));
    assertEquals(
        Optional.of(new Entity(EntityType.ENI_NUMBER, "02312345")), Vessels.eni("02312345"));
    Entity name = new Entity(EntityType.VESSEL_NAME, "ZEEMEEUW II");
    assertEquals(Optional.of(name), Vessels.name("Zeemeeuw II"));
    assertEquals(Optional.of(name), Vessels.name("  zeeméeuw   ii "));
    assertEquals(Optional.of(name), Vessels.name("Zeemeeuw-II"));
  }
}
