package nl.waakzaam.regions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostcodeTest {

  @Test
  void aPostcodeIsNormalisedToFourDigitsSpaceTwoLetters() {
    assertEquals("1234 AB", Postcode.parse(" 1234ab ").orElseThrow().value());
    assertEquals("1234 AB", Postcode.parse("1234 AB").orElseThrow().value());
  }

  @Test
  void theFourDigitsAloneAreAPostcodeToo() {
    Postcode postcode = Postcode.parse("5712").orElseThrow();

    assertEquals("5712", postcode.digits());
    assertEquals("571", postcode.area());
    assertEquals(Optional.empty(), postcode.letters());
  }

  @Test
  void whatIsNotADutchPostcodeIsRefused() {
    assertFalse(Postcode.isValid("0123 AB"), "never starts with 0");
    assertFalse(Postcode.isValid("123 AB"));
    assertFalse(Postcode.isValid("1234 A"));
    assertFalse(Postcode.isValid("1234-AB"));
    assertFalse(Postcode.isValid("1234 SS"), "SA, SD and SS are never issued");
    assertFalse(Postcode.isValid("1234 SA"));
    assertFalse(Postcode.isValid(null));
  }
}
