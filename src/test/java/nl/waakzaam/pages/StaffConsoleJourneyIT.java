package nl.waakzaam.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.BrowserTab;
import nl.waakzaam.testing.RequiresBrowser;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestKeycloak;
import nl.waakzaam.testing.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conversation between a regional platform and an anonymous reporter, both sides in a real
 * browser: an analyst of Limburg logs in to the console through the real Keycloak (authorization
 * code with PKCE), takes the signal into triage and asks a question; the reporter, with nothing but
 * the receipt code, reads it and answers; the analyst sees the answer as new, reads it and closes
 * the signal with a standard text; the reporter reads the outcome. The reporter left an e-mail
 * address and gets exactly one content-free notice for the question. The region's auditor then
 * reads who did what. Every console view passes axe-core and is saved as a screenshot.
 */
@ExtendWith(RequiresBrowser.class)
class StaffConsoleJourneyIT extends ApiIntegrationTest {

  @Test
  void anAnalystAndAnAnonymousReporterTalkUntilTheSignalIsClosed() throws Exception {
    TestKeycloak.get();
    String email = "boer-" + UUID.randomUUID() + "@example.nl";
    JsonObject receipt = submit(email);
    String reference = receipt.getString("reference");

    try (BrowserTab staff = BrowserTab.open(base, true);
        BrowserTab reporter = BrowserTab.open(base, true)) {
      Page console = staff.page();
      logIn(staff, "/console/#/?sort=newest&status=RECEIVED", "analist.limburg");

      assertThat(console.locator("h1")).hasText("Werkvoorraad");
      assertThat(console.locator(".waakzaam-console-user")).containsText("Lotte Vermeulen");
      Locator link = console.getByRole(AriaRole.LINK, name(reference));
      assertThat(link).isVisible();
      staff.check("console-1-queue");

      link.click();
      assertThat(console.locator("h1")).hasText("Melding " + reference);
      // What the signal names, and where else it is named: the van's plate of the barn offer.
      assertThat(console.getByRole(AriaRole.HEADING, name("Verwante meldingen"))).isVisible();
      assertThat(console.locator(".waakzaam-console-related")).containsText("Kenteken");
      staff.check("console-2-signal");
      console.getByRole(AriaRole.BUTTON, name("Neem in behandeling")).click();
      assertThat(console.getByRole(AriaRole.STATUS))
          .hasText("De melding is in behandeling genomen.");

      // A question without text is refused next to the form; nothing is sent.
      console.getByRole(AriaRole.BUTTON, name("Stel de vraag")).click();
      assertThat(console.getByText("Dit veld is verplicht.")).isVisible();
      console.getByLabel("Vraag", label(true)).fill("Welke auto reed de man?");
      console.getByRole(AriaRole.BUTTON, name("Stel de vraag")).click();
      assertThat(console.getByRole(AriaRole.STATUS))
          .hasText("De vraag staat klaar voor de melder.");
      assertThat(console.locator(".waakzaam-console-thread"))
          .containsText("Welke auto reed de man?");

      List<MimeMessage> mails = TestMail.get().awaitTo(email, 1, Duration.ofSeconds(15));
      assertEquals(1, mails.size(), "one notice for the question");
      assertEquals("Er is nieuws over uw melding", mails.get(0).getSubject());
      assertFalse(((String) mails.get(0).getContent()).contains(reference), "no reference");

      Page followUp = reporter.page();
      reporter.go("/opvolgen");
      followUp.getByLabel("Ontvangstcode").fill(receipt.getString("receiptCode"));
      followUp.getByRole(AriaRole.BUTTON, name("Melding bekijken")).click();
      assertThat(followUp.locator(".waakzaam-status")).hasText("Er is een vraag aan u");
      assertThat(followUp.locator(".waakzaam-message--platform"))
          .containsText("Welke auto reed de man?");
      followUp.getByLabel("Uw antwoord").fill("Een zwarte Audi met een Duits kenteken.");
      followUp.getByRole(AriaRole.BUTTON, name("Antwoord versturen")).click();
      assertThat(followUp.getByRole(AriaRole.STATUS)).containsText("Uw antwoord is verstuurd");

      staff.go("/console/#/?sort=newest&status=IN_TRIAGE");
      Locator row = console.locator("tr", new Page.LocatorOptions().setHasText(reference));
      assertThat(row).containsText("Nieuw antwoord");
      staff.check("console-3-queue-unread");
      row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
      assertThat(console.locator(".waakzaam-console-thread"))
          .containsText("Een zwarte Audi met een Duits kenteken.");

      Locator closing = console.locator("form", new Page.LocatorOptions().setHasText("Sluit af"));
      closing.getByLabel("Uitkomst").selectOption("ADVICE_GIVEN");
      closing.getByLabel("Standaardtekst").selectOption("advies");
      assertThat(closing.getByLabel("Tekst voor de melder"))
          .hasValue(java.util.regex.Pattern.compile("Ons advies: ga niet in op het aanbod.*"));
      closing
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluit af"))
          .click();
      assertThat(console.getByRole(AriaRole.STATUS))
          .hasText("De melding is afgesloten; de melder leest de uitkomst.");
      assertThat(console.locator(".waakzaam-console-signal__work .waakzaam-console-data").first())
          .containsText("Afgesloten");
      staff.check("console-4-closed");

      followUp.reload();
      assertThat(followUp.locator(".waakzaam-outcome-text"))
          .containsText("Ons advies: ga niet in op het aanbod");
      reporter.check("console-5-reporter-reads-outcome");
    }

    // The auditor of Limburg sees who opened the signal and what they did with it.
    try (BrowserTab auditor = BrowserTab.open(base, true)) {
      Page page = auditor.page();
      auditor.go("/console/#/audit?melding=" + reference);
      page.locator("#username").fill("auditor.limburg");
      page.locator("#password").fill(TestKeycloak.PASSWORD);
      page.locator("#kc-login").click();
      assertThat(page.locator("h1")).hasText("Auditspoor");
      Locator trail = page.locator("table");
      assertThat(trail).containsText("Melding geopend");
      assertThat(trail).containsText("Vraag gesteld");
      assertThat(trail).containsText("Afgesloten");
      assertThat(trail).containsText("analist.limburg");
      auditor.check("console-8-audit");
    }
  }

  /**
   * An analyst who works by keyboard only: j three times and Enter open the third signal of the
   * queue, Tab and Enter take it (the taker is its assignee) and ask a question, the focus stays by
   * the work, n opens the next signal of the queue, ? lists the keys. Then the same console on a
   * phone's 390 px: nothing scrolls sideways.
   */
  @Test
  void anAnalystWorksTheQueueByKeyboardAndOnAPhone() {
    TestKeycloak.get();
    for (int i = 0; i < 4; i++) {
      submit("toetsenbord-" + UUID.randomUUID() + "@example.nl");
    }
    try (BrowserTab staff = BrowserTab.open(base, true)) {
      Page console = staff.page();
      logIn(staff, "/console/#/?sort=newest&status=RECEIVED", "analist.limburg");
      assertThat(console.locator("h1")).hasText("Werkvoorraad");
      Locator rows = console.locator(".waakzaam-console-queue tbody th a");
      assertThat(rows.nth(3)).isVisible();
      String third = rows.nth(2).textContent();
      String fourth = rows.nth(3).textContent();

      console.keyboard().press("j");
      console.keyboard().press("j");
      console.keyboard().press("j");
      assertEquals(third, console.evaluate("document.activeElement.textContent"));
      staff.check("console-15-queue-keyboard");
      console.keyboard().press("Enter");
      assertThat(console.locator("h1")).hasText("Melding " + third);

      tabTo(console, "Neem in behandeling");
      console.keyboard().press("Enter");
      Locator notice = console.getByRole(AriaRole.STATUS);
      assertThat(notice).hasText("De melding is in behandeling genomen.");
      assertThat(notice).isFocused();
      assertThat(console.locator(".waakzaam-console-signal__work")).containsText("analist.limburg");

      tabTo(console, "Vraag");
      console.keyboard().type("Wanneer kwam de man langs?");
      tabTo(console, "Stel de vraag");
      console.keyboard().press("Enter");
      assertThat(notice).hasText("De vraag staat klaar voor de melder.");
      assertThat(notice).isFocused();
      staff.check("console-16-signal-report-first");

      console.keyboard().press("?");
      assertThat(console.getByRole(AriaRole.DIALOG)).containsText("Sneltoetsen");
      console.keyboard().press("Escape");
      assertThat(console.getByRole(AriaRole.DIALOG)).hasCount(0);
      console.keyboard().press("n");
      assertThat(console.locator("h1")).hasText("Melding " + fourth);

      console.setViewportSize(390, 844);
      staff.go("/console/#/?sort=newest&status=RECEIVED");
      assertThat(console.locator("h1")).hasText("Werkvoorraad");
      assertThat(rows.first()).isVisible();
      assertNoSidewaysScroll(console);
      staff.check("console-17-queue-390px");
      rows.first().click();
      assertThat(console.locator("h1")).containsText("Melding ");
      assertNoSidewaysScroll(console);
      staff.check("console-18-signal-390px");
    }
  }

  /** Opens the console at {@code path} and logs in through the real Keycloak as {@code user}. */
  private static void logIn(BrowserTab tab, String path, String user) {
    tab.go(path);
    Page page = tab.page();
    page.locator("#username").fill(user);
    page.locator("#password").fill(TestKeycloak.PASSWORD);
    page.locator("#kc-login").click();
  }

  /** Presses Tab until the focus is on the control with this accessible name (at most 80 times). */
  private static void tabTo(Page page, String name) {
    for (int i = 0; i < 80; i++) {
      page.keyboard().press("Tab");
      Object focused =
          page.evaluate(
              "(() => { const e = document.activeElement; if (!e) return '';"
                  + " const l = e.labels && e.labels[0] ? e.labels[0].textContent : '';"
                  + " return (l || e.getAttribute('aria-label') || e.textContent || '').trim(); })()");
      if (name.equals(focused)) {
        return;
      }
    }
    throw new AssertionError("No control named " + name + " within 80 presses of Tab");
  }

  private static void assertNoSidewaysScroll(Page page) {
    Object widths =
        page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
    List<?> both = (List<?>) widths;
    int scroll = ((Number) both.get(0)).intValue();
    int viewport = ((Number) both.get(1)).intValue();
    assertTrue(
        scroll <= viewport,
        () ->
            "scrolls sideways: "
                + scroll
                + " > "
                + viewport
                + ": "
                + page.evaluate(BrowserTab.WIDEST));
  }

  @Test
  void aCoordinatorSeesTheServiceLevelsOfTheRegion() {
    TestKeycloak.get();
    try (BrowserTab tab = BrowserTab.open(base, true)) {
      Page page = tab.page();
      logIn(tab, "/console/#/termijnen", "coordinator.limburg");
      assertThat(page.locator("h1")).hasText("Termijnen");
      assertThat(page.locator("table")).containsText("Eerste terugkoppeling aan de melder");
      assertThat(page.locator("thead")).containsText("Loopt nog");
      tab.check("console-6-service-levels");
      page.getByRole(AriaRole.LINK, name("Standaardteksten")).click();
      assertThat(page.locator("h1")).hasText("Standaardteksten");
      assertTrue(page.getByRole(AriaRole.BUTTON, name("Bewaar voor deze regio")).count() > 0);
      tab.check("console-7-texts");
      page.getByRole(AriaRole.LINK, name("Sectorcijfers")).click();
      assertThat(page.locator("h1")).hasText("Sectorcijfers");
      // The farmers' signals of this run in Limburg, as the associations see them: a bar and a row.
      assertThat(page.locator("table")).containsText("Limburg");
      assertThat(page.locator("svg.waakzaam-console-chart rect")).not().hasCount(0);
      tab.check("console-9-sector-figures");
      page.getByRole(AriaRole.LINK, name("Toegangsverzoeken")).click();
      assertThat(page.locator("h1")).hasText("Toegangsverzoeken");
      assertThat(page.getByRole(AriaRole.HEADING, name("Gevraagd aan uw regio"))).isVisible();
      tab.check("console-10-access-requests");

      // A routing rule written with fields, tried on the latest signals, then published.
      page.getByRole(AriaRole.LINK, name("Routeringsregels")).click();
      assertThat(page.locator("h1")).hasText("Routeringsregels van Limburg");
      page.getByRole(AriaRole.BUTTON, name("Nieuwe regel…")).click();
      String rule = "Schuren rond Maastricht " + UUID.randomUUID().toString().substring(0, 8);
      page.getByLabel("Naam van de regel").fill(rule);
      page.getByLabel("Schuur / loods", label(true)).check();
      page.getByLabel("Postcodes").fill("6211, 6200-6229");
      page.getByLabel("Politie, eenheid Limburg", label(true)).check();
      page.getByRole(AriaRole.BUTTON, name("Probeer op de laatste 1000 meldingen")).click();
      assertThat(page.locator(".waakzaam-console-preview")).containsText("Van de laatste");
      tab.check("console-11-routing-rule-dry-run");
      page.getByLabel("Waarom deze regel of wijziging?").fill("Afgesproken in het RIEC-overleg.");
      page.getByRole(AriaRole.BUTTON, name("Publiceer de regel")).click();
      assertThat(page.locator(".waakzaam-console-notice")).hasText("De regel geldt nu.");
      assertThat(page.locator(".waakzaam-console-rules")).containsText(rule);
      tab.check("console-12-routing-rules");

      page.getByRole(AriaRole.LINK, name("Doorstuurcijfers")).click();
      assertThat(page.locator("h1")).hasText("Doorstuurcijfers");
      assertThat(page.getByLabel("Soort melding")).isVisible();
      tab.check("console-13-forwarding-figures");
    }
  }

  @Test
  void aNationalAnalystSeesTheNationalFiguresAndNoSignal() {
    TestKeycloak.get();
    try (BrowserTab tab = BrowserTab.open(base, true)) {
      Page page = tab.page();
      logIn(tab, "/console/", "landelijk.analist");
      assertThat(page.locator("h1")).hasText("Landelijke doorstuurcijfers");
      assertThat(page.locator(".waakzaam-console-nav")).not().containsText("Werkvoorraad");
      tab.check("console-14-national-figures");
    }
  }

  private JsonObject submit(String email) {
    JsonObject signal =
        Json.createObjectBuilder(Signals.barnOffer().build())
            .add("location", Json.createObjectBuilder().add("postcode", "6211"))
            .add(
                "contact",
                Json.createObjectBuilder().add("email", email).add("shareWithPartners", false))
            .build();
    Api.Reply reply = api.post("api/v1/signals", signal);
    assertEquals(201, reply.status(), reply::toString);
    return reply.json();
  }

  static Page.GetByRoleOptions name(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  static Page.GetByLabelOptions label(boolean exact) {
    return new Page.GetByLabelOptions().setExact(exact);
  }
}
