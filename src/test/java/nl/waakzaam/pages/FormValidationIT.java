package nl.waakzaam.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.waakzaam.pages.SignalJourneysIT.label;
import static nl.waakzaam.pages.SignalJourneysIT.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.BrowserTab;
import nl.waakzaam.testing.RequiresBrowser;
import nl.waakzaam.testing.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reporter who gets things wrong, at 200 % zoom (a 1280-pixel screen shows 640 CSS pixels): every
 * error comes in Dutch next to its field and in a summary at the top that links to it, the field
 * says it is invalid and which text describes it, and nothing typed is lost.
 */
@ExtendWith(RequiresBrowser.class)
class FormValidationIT extends ApiIntegrationTest {

  @Test
  void everyMistakeIsNamedNextToItsFieldAndNothingTypedIsLost() {
    try (BrowserTab tab = BrowserTab.open(base, true, 640, 450)) {
      Page page = tab.page();
      tab.go("/melden/schuur");
      next(page);

      assertThat(page).hasTitle(Pattern.compile("^Fout: Het aanbod"));
      Locator summary = page.locator("#fouten");
      assertThat(summary).isFocused();
      assertThat(summary.getByRole(AriaRole.LINK)).hasCount(3);
      assertThat(summary).containsText("Kies wat men wilde huren.");
      assertThat(page.locator("#barnOffer-buildingType-error"))
          .hasText("Kies wat men wilde huren.");
      assertThat(page.locator("#barnOffer-buildingType"))
          .hasAttribute("aria-describedby", "barnOffer-buildingType-error");
      tab.check("validation-1-required-zoom200");

      summary
          .getByRole(
              AriaRole.LINK, new Locator.GetByRoleOptions().setName("Kies wat men wilde huren."))
          .click();
      assertThat(page.locator("#barnOffer-buildingType-BARN")).isFocused();

      page.getByLabel("Schuur", label(true)).check();
      page.getByLabel("Hoeveel huur werd er geboden").fill("vijfduizend");
      page.getByLabel("Hoe groot is het ongeveer").fill("heel groot");
      page.getByLabel("Via WhatsApp, Signal of een andere app").check();
      page.getByLabel("Ik heb nog niets beslist").check();
      page.getByLabel("Waarvoor zei men het gebouw").fill("Opslag van \"meubels\" <echt>");
      next(page);

      Locator rent = page.locator("#barnOffer-offeredRentEuros");
      assertThat(rent).hasValue("vijfduizend");
      assertThat(rent).hasAttribute("aria-invalid", "true");
      assertThat(rent)
          .hasAttribute(
              "aria-describedby",
              "barnOffer-offeredRentEuros-hint barnOffer-offeredRentEuros-error");
      assertThat(page.locator("#barnOffer-offeredRentEuros-error"))
          .hasText("Vul een bedrag in euro's in, zoals 5000 of 5.000,50.");
      assertThat(page.locator("#barnOffer-floorAreaSquareMetres-error"))
          .hasText("Vul een heel getal in, zoals 250.");
      assertThat(page.getByLabel("Schuur", label(true))).isChecked();
      assertThat(page.getByLabel("Ik heb nog niets beslist")).isChecked();
      assertThat(page.getByLabel("Waarvoor zei men het gebouw"))
          .hasValue("Opslag van \"meubels\" <echt>");
      tab.check("validation-2-unreadable-zoom200");

      rent.fill("5.000,50");
      page.getByLabel("Hoe groot is het ongeveer").fill("400");
      // The period stays at its preselected "Weet ik niet": "(niet verplicht)" holds.
      next(page);
      assertThat(page.locator("h1")).hasText("Waar en wie");

      page.getByLabel("Postcode").fill("1234 XYZ");
      page.locator("#vehicles-0-country").fill("NL");
      next(page);
      assertThat(page.locator("#location-postcode-error"))
          .hasText("Dit is geen geldige Nederlandse postcode (zoals 1234 AB of 1234).");
      assertThat(page.locator("#vehicles-0-licencePlate-error"))
          .hasText("Vul het kenteken in, of laat dit voertuig helemaal leeg.");
      assertThat(page.getByLabel("Postcode")).hasValue("1234 XYZ");
      tab.check("validation-3-where-zoom200");

      page.getByLabel("Postcode").fill("");
      page.getByLabel("Gemeente").fill("Atlantis");
      page.locator("#vehicles-0-country").fill("");
      next(page);
      page.getByLabel("Uw e-mailadres").fill("boer@example.nl");
      next(page);
      assertThat(page.locator("#contact-shareWithPartners-error"))
          .hasText("Kies of het platform uw contactgegevens mag doorgeven.");
      assertThat(page.getByLabel("Uw e-mailadres")).hasValue("boer@example.nl");
      tab.check("validation-4-contact-zoom200");
      page.getByLabel("Ja", label(true)).check();
      next(page);

      assertThat(page.locator("main")).containsText("5.000,50");
      page.getByRole(AriaRole.BUTTON, name("Melding versturen")).click();
      assertThat(page.locator("h1")).hasText("Waar en wie");
      assertThat(page.locator("#location-municipality-error")).containsText("geen regio vinden");
      assertThat(page.getByLabel("Gemeente")).hasValue("Atlantis");
      tab.check("validation-5-no-region-zoom200");

      page.getByLabel("Gemeente").fill("Venlo");
      next(page);
      next(page);
      page.getByRole(AriaRole.BUTTON, name("Melding versturen")).click();
      assertThat(page.locator("h1")).hasText("Uw melding is ontvangen");
    }
  }

  @Test
  void aMissingOrWrongReceiptCodeAndAnEmptyMessageAreNamedToo() {
    try (BrowserTab tab = BrowserTab.open(base, true)) {
      Page page = tab.page();
      tab.go("/opvolgen");
      page.getByRole(AriaRole.BUTTON, name("Melding bekijken")).click();
      assertThat(page.locator("#receiptCode-error")).hasText("Vul uw ontvangstcode in.");

      page.getByLabel("Ontvangstcode").fill("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
      page.getByRole(AriaRole.BUTTON, name("Melding bekijken")).click();
      assertThat(page.locator("#receiptCode-error"))
          .containsText("Deze ontvangstcode is niet bekend");
      assertThat(page.getByLabel("Ontvangstcode")).hasValue("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
      assertThat(page.getByLabel("Ontvangstcode")).hasAttribute("aria-invalid", "true");
      tab.check("follow-up-wrong-code");
      assertEquals(0, tab.context().cookies().size(), "a wrong code starts no session");

      String code =
          api.post("api/v1/signals", Signals.general().build()).json().getString("receiptCode");
      page.getByLabel("Ontvangstcode").fill(code);
      page.getByRole(AriaRole.BUTTON, name("Melding bekijken")).click();
      page.getByRole(AriaRole.BUTTON, name("Informatie versturen")).click();
      assertThat(page.locator("#message-error")).hasText("Schrijf eerst uw bericht.");
      assertThat(page.locator("#fouten")).isFocused();
      tab.check("follow-up-empty-message");
    }
  }

  private static void next(Page page) {
    page.getByRole(AriaRole.BUTTON, name("Volgende stap")).click();
  }
}
