package nl.waakzaam.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.BrowserTab;
import nl.waakzaam.testing.Corpus;
import nl.waakzaam.testing.RequiresBrowser;
import nl.waakzaam.testing.StaffStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reporter's whole way, in a real browser, for each kind of signal: from the landing page through
 * the form's steps and review to the receipt, then follow-up with the receipt code, reading what
 * the platform wrote (put in place as staff will, in the database: there is no staff message API
 * yet) and answering. One journey runs without JavaScript, one on a phone-sized screen, one in
 * English. Every page and state passes axe-core and is saved as a screenshot in target/.
 */
@ExtendWith(RequiresBrowser.class)
class SignalJourneysIT extends ApiIntegrationTest {

  @Test
  void aFarmerReportsABarnOfferAndAnswersThePlatformsQuestion() throws Exception {
    try (BrowserTab tab = BrowserTab.open(base, true)) {
      Page page = tab.page();
      tab.go("/");
      tab.check("landing");
      page.getByRole(AriaRole.LINK, name("Iemand wil mijn schuur, loods of grond huren")).click();
      assertEquals("/melden/schuur", tab.path());
      assertThat(page)
          .hasTitle("Het aanbod – Iemand wil uw schuur, loods of grond huren – Waakzaam");
      tab.check("barn-1-offer");

      page.getByLabel("Schuur", label(true)).check();
      page.getByLabel("Hoe groot is het ongeveer").fill("1.200");
      page.getByLabel("Hoeveel huur werd er geboden").fill("5.000");
      page.getByLabel("Per maand").check();
      page.locator("#barnOffer-cashPayment-yes").check();
      page.getByLabel("Een zwaardere stroomaansluiting").check();
      page.getByLabel("Ramen afplakken of dichtmaken").check();
      page.getByLabel("Iemand kwam langs").check();
      page.getByLabel("Ik heb het geweigerd").check();
      page.getByLabel("Wat wilt u verder nog kwijt?")
          .fill("Een man in een zwarte Audi.\nHij bood contant.");
      // A farmer on a phone presses "Ga" (Enter) in a text field instead of the button: the next
      // step, in Dutch, never the language switch.
      page.getByLabel("Hoeveel huur werd er geboden").press("Enter");

      assertThat(page.locator("h1")).hasText("Waar en wie");
      assertEquals("nl", page.locator("html").getAttribute("lang"));
      page.getByLabel("Postcode").fill("5911 AB");
      page.locator("#persons-0-role").fill("de man die het aanbod deed");
      page.locator("#vehicles-0-licencePlate").fill("12-ABC-3");
      page.locator("#vehicles-0-country").fill("NL");
      tab.check("barn-2-where-and-who");
      page.locator("#vehicles-0-country").press("Enter");

      assertThat(page.locator("h1")).hasText("Contact (niet verplicht)");
      tab.check("barn-3-contact");
      next(page);

      assertThat(page.locator("h1")).hasText("Controleren en versturen");
      assertThat(page.locator("main")).containsText("Schuur");
      assertThat(page.locator("main"))
          .containsText("Een zwaardere stroomaansluiting, Ramen afplakken");
      assertThat(page.locator("main")).containsText("U meldt anoniem");
      tab.check("barn-4-review");
      page.getByRole(AriaRole.BUTTON, name("Melding versturen")).click();

      Receipt receipt = receipt(page);
      tab.check("barn-5-receipt");
      assertTrue(tab.context().cookies().isEmpty(), "no cookie before follow-up");

      page.getByRole(AriaRole.LINK, name("Melding bekijken met uw ontvangstcode")).first().click();
      tab.check("follow-up-1-code");
      signIn(page, receipt.code());
      assertThat(page.locator(".waakzaam-status")).hasText("Ontvangen");
      Cookie session = onlyCookie(tab);
      assertTrue(session.httpOnly, "HttpOnly");
      assertEquals(SameSiteAttribute.STRICT, session.sameSite);

      StaffStandIn.ask(receipt.reference(), "Hoe laat kwam de man langs?");
      page.reload();
      assertThat(page.locator(".waakzaam-status")).hasText("Er is een vraag aan u");
      assertThat(page.locator(".waakzaam-message--platform"))
          .containsText("Hoe laat kwam de man langs?");
      tab.check("follow-up-2-question");

      page.getByLabel("Uw antwoord").fill("Rond half acht 's avonds.");
      page.getByRole(AriaRole.BUTTON, name("Antwoord versturen")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw antwoord is verstuurd");
      assertThat(page.locator(".waakzaam-message--reporter")).containsText("Rond half acht");
      assertThat(page.locator(".waakzaam-status")).hasText("In behandeling");
      tab.check("follow-up-3-answered");

      // A photo of the van that came to look at the barn; with the script, its progress shows.
      page.getByLabel("Bestand toevoegen")
          .setInputFiles(new FilePayload("busje.jpg", "image/jpeg", Corpus.jpegWithGps()));
      page.getByRole(AriaRole.BUTTON, name("Bestand versturen")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw bestand is ontvangen");
      assertThat(page.locator(".waakzaam-files")).containsText("busje.jpg");
      untilShown(page, ".waakzaam-files", "Toegevoegd");
      tab.check("follow-up-3b-file-added");

      page.getByRole(AriaRole.BUTTON, name("Afmelden")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("U bent afgemeld");
      tab.check("follow-up-4-left");
      tab.go("/opvolgen");
      assertThat(page.getByLabel("Ontvangstcode")).isVisible();
    }
  }

  @Test
  void aHarbourMasterReportsAVesselWithoutJavaScriptInEnglish() throws Exception {
    try (BrowserTab tab = BrowserTab.open(base, false)) {
      Page page = tab.page();
      tab.go("/?lang=en");
      tab.check("landing-en");
      page.getByRole(AriaRole.LINK, name("I see something in my port or marina")).click();
      assertEquals("/melden/haven?lang=en", tab.path());

      next(page, "Next step");
      assertThat(page).hasTitle(Pattern.compile("^Error: "));
      assertThat(page.locator("#fouten")).containsText("Choose what kind of vessel it is.");
      assertThat(page.locator("#vessel-vesselType-error")).isVisible();
      tab.check("vessel-1-errors-en-nojs");

      page.getByLabel("Marina or recreation").check();
      page.getByLabel("Motor yacht").check();
      page.getByLabel("Name of the vessel").fill("Zeemeeuw");
      page.getByLabel("MMSI number").fill("244123456");
      page.getByLabel("When did the vessel arrive?").fill("2026-11-28T23:10");
      page.getByLabel("When did it leave?").fill("2026-11-29T03:05");
      page.getByLabel("Sails without lights").check();
      page.getByLabel("AIS is switched off").check();
      next(page, "Next step");

      page.getByLabel("Municipality").fill("Vlissingen");
      page.locator("#vessels-0-name").fill("Snelle Jelle");
      page.getByRole(AriaRole.BUTTON, name("Nederlands")).click();
      assertThat(page.locator("h1")).hasText("Waar en wie");
      assertThat(page.getByLabel("Gemeente")).hasValue("Vlissingen");
      page.getByRole(AriaRole.BUTTON, name("English")).click();
      assertThat(page.getByLabel("Municipality")).hasValue("Vlissingen");
      tab.check("vessel-2-where-and-who-en-nojs");
      next(page, "Next step");
      next(page, "Next step");

      assertThat(page.locator("main")).containsText("Zeemeeuw");
      assertThat(page.locator("main")).containsText("Sails without lights, AIS is switched off");
      tab.check("vessel-4-review-en-nojs");
      page.getByRole(AriaRole.BUTTON, name("Send signal")).click();

      Receipt receipt = receipt(page);
      tab.check("vessel-5-receipt-en-nojs");
      assertTrue(tab.context().cookies().isEmpty(), "no cookie before follow-up");

      tab.go("/opvolgen?lang=en");
      page.getByLabel("Receipt code").fill(receipt.code().toLowerCase().replace("-", " "));
      page.getByRole(AriaRole.BUTTON, name("See signal")).click();
      assertThat(page.locator(".waakzaam-status")).hasText("Received");
      StaffStandIn.inform(receipt.reference(), "Thank you, we are looking into it.");
      page.reload();
      assertThat(page.locator(".waakzaam-message--platform"))
          .containsText("we are looking into it");
      page.getByLabel("Add information").fill("It came back last night.");
      page.getByRole(AriaRole.BUTTON, name("Send information")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your addition has been sent");
      assertThat(page.locator(".waakzaam-status")).hasText("Received");
      tab.check("follow-up-added-en-nojs");

      // Without the script: the plain form post; no file chosen, then a program posing as a PDF.
      page.getByRole(AriaRole.BUTTON, name("Send file")).click();
      assertThat(page.locator("#file-error")).hasText("Choose a file first.");
      tab.check("follow-up-file-missing-en-nojs");
      page.getByLabel("Add a file")
          .setInputFiles(new FilePayload("offer.pdf", "application/pdf", Corpus.executable()));
      page.getByRole(AriaRole.BUTTON, name("Send file")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your file has been received");
      untilShown(page, ".waakzaam-files", "We do not take this kind of file");
      assertThat(page.locator(".waakzaam-files")).containsText("Not added");
      tab.check("follow-up-file-refused-en-nojs");
    }
  }

  @Test
  void anEntrepreneurReportsACashPaymentOnAPhone() throws Exception {
    try (BrowserTab tab = BrowserTab.open(base, true, 320, 640)) {
      Page page = tab.page();
      tab.go("/");
      tab.check("landing-phone");
      page.getByRole(AriaRole.LINK, name("Ik ben ondernemer en zag iets verdachts")).click();
      tab.check("general-1-what-phone");

      page.getByLabel("Een opvallend grote contante betaling").check();
      page.getByLabel("Wat is er gebeurd?")
          .fill("Een klant wilde een auto van 40.000 euro contant betalen.");
      page.getByLabel("Contant", label(true)).check();
      page.getByLabel("Om hoeveel geld ging het").fill("40.000");
      page.getByLabel("Autohandel").check();
      next(page);
      page.getByLabel("Postcode").fill("3511");
      next(page);
      page.getByLabel("Uw e-mailadres").fill("verkoop@example.nl");
      page.getByLabel("Nee", label(true)).check();
      tab.check("general-3-contact-phone");
      next(page);
      assertThat(page.locator("main")).containsText("verkoop@example.nl");
      assertThat(page.locator("main")).containsText("U laat contactgegevens achter");
      tab.check("general-4-review-phone");
      page.getByRole(AriaRole.BUTTON, name("Melding versturen")).click();

      Receipt receipt = receipt(page);
      tab.check("general-5-receipt-phone");
      // On a 320 px screen the code stays on one line, whole, and nothing scrolls sideways.
      List<?> tops =
          (List<?>)
              page.locator(".waakzaam-receipt__group")
                  .evaluateAll("groups => groups.map(g => g.getBoundingClientRect().top)");
      assertEquals(1, tops.stream().distinct().count(), "the code's groups on one line: " + tops);
      assertEquals(
          Boolean.TRUE,
          page.evaluate(
              "document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
      assertThat(page.getByRole(AriaRole.BUTTON, name("Druk deze pagina af"))).isVisible();
      com.microsoft.playwright.Download saved =
          page.waitForDownload(
              () -> page.getByRole(AriaRole.LINK, name("Bewaar de code als bestand")).click());
      assertEquals("waakzaam-ontvangstcode.txt", saved.suggestedFilename());
      String file = java.nio.file.Files.readString(saved.path());
      assertTrue(file.contains("Ontvangstcode: " + receipt.code()), file);
      assertTrue(file.contains(receipt.reference()), file);
      tab.go("/opvolgen");
      signIn(page, receipt.code());
      assertThat(page.locator("h1")).hasText("Uw melding");
      tab.check("follow-up-phone");
    }
  }

  /** Reloads the page (at most 30 s) until the element shows the text: a file's verdict. */
  private static void untilShown(Page page, String selector, String text) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!page.locator(selector).textContent().contains(text)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Not shown: " + text + " in " + page.locator(selector).textContent());
      }
      page.waitForTimeout(200);
      page.reload();
    }
  }

  /** The code and reference of the receipt page. */
  record Receipt(String code, String reference) {}

  private static Receipt receipt(Page page) {
    assertThat(page.locator("h1"))
        .hasText(Pattern.compile("Uw melding is ontvangen|Your signal has been received"));
    List<String> groups = page.locator(".waakzaam-receipt__group").allTextContents();
    assertEquals(5, groups.size(), groups.toString());
    Matcher reference =
        Pattern.compile("VO-\\d{4}-\\d{6}").matcher(page.locator("main").textContent());
    assertTrue(reference.find(), "the receipt names the reference");
    return new Receipt(String.join("-", groups), reference.group());
  }

  private static void signIn(Page page, String code) {
    page.getByLabel("Ontvangstcode").fill(code);
    page.getByRole(AriaRole.BUTTON, name("Melding bekijken")).click();
  }

  private static Cookie onlyCookie(BrowserTab tab) {
    List<Cookie> cookies = tab.context().cookies();
    assertEquals(1, cookies.size(), "one cookie: the session");
    return cookies.get(0);
  }

  private static void next(Page page) {
    next(page, "Volgende stap");
  }

  private static void next(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, name(button)).click();
  }

  static Page.GetByRoleOptions name(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  static Page.GetByLabelOptions label(boolean exact) {
    return new Page.GetByLabelOptions().setExact(exact);
  }
}
