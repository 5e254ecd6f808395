package nl.waakzaam.signal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.waakzaam.signal.domain.Answer;
import nl.waakzaam.signal.domain.BuildingType;
import org.junit.jupiter.api.Test;

/** Staff and partners read the reporter's answers in the words of the form, not as data. */
class FormWordingTest {

  private final FormWording wording = FormWording.dutch();

  @Test
  void aQuestionReadsAsTheFormAskedIt() {
    assertEquals(
        "Wat wilde men huren?",
        wording.question(new Answer("barnOffer.buildingType", BuildingType.BARN)));
    assertEquals(
        "barnOffer.somethingNew", wording.question(new Answer("barnOffer.somethingNew", "x")));
  }

  @Test
  void anAnswerReadsAsTheReporterChoseOrWroteIt() {
    assertEquals("Schuur", wording.value(new Answer("barnOffer.buildingType", BuildingType.BARN)));
    assertEquals("Ja", wording.value(new Answer("barnOffer.cashPayment", true)));
    assertEquals("Nee", wording.value(new Answer("barnOffer.cashPayment", false)));
    assertEquals(
        "€ 2.500", wording.value(new Answer("barnOffer.offeredRentEuros", new BigDecimal("2500"))));
    assertEquals(
        "€ 1.234,5",
        wording.value(new Answer("barnOffer.offeredRentEuros", new BigDecimal("1234.50"))));
    assertEquals("24-11-2026", wording.value(new Answer("x.on", LocalDate.of(2026, 11, 24))));
    assertEquals(
        "24-11-2026 07:05",
        wording.value(new Answer("vessel.arrivedAt", LocalDateTime.of(2026, 11, 24, 7, 5))));
    assertEquals(
        "Schuur, Loods",
        wording.value(new Answer("x.types", List.of(BuildingType.BARN, BuildingType.SHED))));
  }
}
