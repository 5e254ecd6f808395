package nl.waakzaam.intake.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.waakzaam.signal.domain.SignalKind;
import org.junit.jupiter.api.Test;

class FormAnswersTest {

  private static final Questionnaire BARN = Questionnaire.of(SignalKind.BARN_OFFER);

  @Test
  void theFormBecomesTheApiRequestWithTheFixedAnswersAndTypedValues() {
    JsonObject request =
        translate(
                "barnOffer.buildingType", "BARN",
                "barnOffer.offeredRentEuros", "5.000",
                "barnOffer.cashPayment", "yes",
                "barnOffer.paidUpfront", "unknown",
                "barnOffer.floorAreaSquareMetres", "1.200",
                "description", "twee\r\nregels",
                "observedOn", "28-11-2026")
            .request();

    assertEquals("BARN_OFFER", request.getString("kind"));
    assertEquals("AGRICULTURE", request.getString("sector"), "a farmer is not asked");
    JsonObject barn = request.getJsonObject("barnOffer");
    assertEquals(5000, barn.getJsonNumber("offeredRentEuros").intValue());
    assertTrue(barn.getBoolean("cashPayment"));
    assertFalse(barn.containsKey("paidUpfront"), "don't know is no answer");
    assertEquals(1200, barn.getInt("floorAreaSquareMetres"));
    assertEquals("twee\nregels", request.getString("description"));
    assertEquals("2026-11-28", request.getString("observedOn"));
    assertFalse(request.containsKey("contact"), "anonymous unless contact details are given");
    assertTrue(request.containsKey("location"), "always asked, so always checked");
  }

  @Test
  void unreadableTextStaysOutOfTheRequestAndIsNamed() {
    FormAnswers.Translation t =
        translate("barnOffer.offeredRentEuros", "vijfduizend", "observedOn", "gisteren");

    assertFalse(t.request().getJsonObject("barnOffer").containsKey("offeredRentEuros"));
    assertEquals(
        Map.of(
            "barnOffer.offeredRentEuros", "form.unreadable.euros",
            "observedOn", "form.unreadable.date"),
        t.unreadable());
  }

  @Test
  void blankSlotsAreLeftOutAndViolationsFindTheirSlotAgain() {
    FormAnswers.Translation t =
        translate("persons.1.phone", "abc", "vehicles.0.licencePlate", "12-ABC-3");

    assertEquals(1, t.request().getJsonArray("persons").size(), "slot 0 is blank");
    assertEquals(Optional.of("persons.1.phone"), t.questionOf("/persons/0/phone"));
    assertEquals(Optional.of("vehicles.0.licencePlate"), t.questionOf("/vehicles/0/licencePlate"));
    assertEquals(Optional.of("barnOffer.buildingType"), t.questionOf("/barnOffer/buildingType"));
    assertEquals(Optional.empty(), t.questionOf(""));
  }

  @Test
  void contactDetailsGoAlongOnlyWhenTheReporterGivesSome() {
    JsonObject request =
        translate("contact.email", "boer@example.nl", "contact.shareWithPartners", "no").request();

    assertEquals("boer@example.nl", request.getJsonObject("contact").getString("email"));
    assertFalse(request.getJsonObject("contact").getBoolean("shareWithPartners"));
  }

  @Test
  void onlyQuestionsAreReadAndAnswersAreKeptAsTyped() {
    FormAnswers answers =
        FormAnswers.from(
            BARN,
            Map.of(
                "barnOffer.offeredRentEuros", new String[] {"  vijf  "},
                "kind", new String[] {"VESSEL"},
                "barnOffer.requestedChanges", new String[] {"CAMERAS", "OWN_LOCKS"}));

    assertEquals("  vijf  ", answers.text("barnOffer.offeredRentEuros"));
    assertEquals("BARN_OFFER", answers.translate().request().getString("kind"));
    assertEquals(
        2,
        answers
            .translate()
            .request()
            .getJsonObject("barnOffer")
            .getJsonArray("requestedChanges")
            .size());
  }

  private static FormAnswers.Translation translate(String... nameValue) {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      parameters.put(nameValue[i], new String[] {nameValue[i + 1]});
    }
    return FormAnswers.from(BARN, parameters).translate();
  }
}
