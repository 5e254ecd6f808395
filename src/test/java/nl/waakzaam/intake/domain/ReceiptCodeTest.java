package nl.waakzaam.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptCodeTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void aCodeCarriesAtLeastAHundredBitsInCrockfordBase32() {
    assertTrue(ReceiptCode.BITS >= 100);
    assertEquals(32, ReceiptCode.ALPHABET.length(), "five bits per character");
    assertEquals(ReceiptCode.BITS, ReceiptCode.LENGTH * 5);
    assertTrue(ReceiptCode.generate(random).value().matches("[0-9A-HJKMNP-TV-Z]{20}"));
  }

  @Test
  void aCodeIsShownInFiveGroupsOfFour() {
    assertTrue(ReceiptCode.generate(random).grouped().matches("([0-9A-Z]{4}-){4}[0-9A-Z]{4}"));
  }

  @Test
  void generatedCodesDifferAndUseTheWholeAlphabet() {
    Set<String> codes = new HashSet<>();
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String code = ReceiptCode.generate(random).value();
      codes.add(code);
      code.chars().forEach(c -> seen.add((char) c));
    }
    assertEquals(2_000, codes.size());
    assertEquals(32, seen.size());
  }

  @Test
  void readingForgivesCaseSpacesHyphensAndLookalikes() {
    ReceiptCode code = ReceiptCode.parse("7K3M-Q9XD-2HNB-T4WE-8RC0").orElseThrow();

    assertEquals(Optional.of(code), ReceiptCode.parse("7k3m q9xd 2hnb t4we 8rco"));
    assertEquals(
        ReceiptCode.parse("1111-0000-1111-0000-1111"),
        ReceiptCode.parse("iIlL-oOoO-1111-0000-1111"));
  }

  @Test
  void aCodeOfTheWrongLengthOrWithForeignCharactersIsNoCode() {
    assertFalse(ReceiptCode.parse("7K3M-Q9XD-2HNB-T4WE").isPresent());
    assertFalse(ReceiptCode.parse("7K3M-Q9XD-2HNB-T4WE-8RCV1").isPresent());
    assertFalse(
        ReceiptCode.parse("UUUU-Q9XD-2HNB-T4WE-8RCV").isPresent(), "U is not in the alphabet");
    assertFalse(ReceiptCode.parse("7K3M-Q9XD-2HNB-T4WE-8RC!").isPresent());
    assertFalse(ReceiptCode.parse(null).isPresent());
  }

  @Test
  void aCodeNeverPrintsItself() {
    ReceiptCode code = ReceiptCode.generate(random);

    assertFalse(code.toString().contains(code.value()));
  }
}
