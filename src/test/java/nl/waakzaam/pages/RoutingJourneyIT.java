package nl.waakzaam.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.BrowserTab;
import nl.waakzaam.testing.RequiresBrowser;
import nl.waakzaam.testing.Routed;
import nl.waakzaam.testing.TestKeycloak;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole loop of routing in real browsers through the real Keycloak: the analyst of Limburg
 * takes a barn offer into triage and records the traceability check; the coordinator forwards it to
 * the police and the municipality after looking at what each will see; the police's own user reads
 * the package and registers an outcome; the coordinator sees it on the signal and in the figures
 * and tells the reporter in general words; the reporter reads that, and never the partner's name.
 * Every page passes axe-core and is saved as a screenshot, and so is the package's PDF.
 */
@ExtendWith(RequiresBrowser.class)
class RoutingJourneyIT extends ApiIntegrationTest {

  @Test
  void aSignalReachesTwoPartnersAndWhatCameOfItReachesTheCoordinatorAndTheReporter()
      throws Exception {
    TestKeycloak.get();
    Routed.Signal received = Routed.received(api);
    String reference = received.reference();

    try (BrowserTab analyst = BrowserTab.open(base, true)) {
      Page page = logIn(analyst, "/console/#/melding/" + reference, "analist.limburg");
      assertThat(page.locator("h1")).hasText("Melding " + reference);
      page.getByRole(AriaRole.BUTTON, name("Neem in behandeling")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("De melding is in behandeling genomen.");
      Locator check = form(page, "Leg de check vast");
      check.getByLabel("Kan de inhoud de melder herleiden?").selectOption("false");
      check.getByRole(AriaRole.BUTTON, button("Leg de check vast")).click();
      assertThat(page.getByRole(AriaRole.STATUS))
          .hasText("De herleidbaarheidscheck is vastgelegd.");
      analyst.check("routing-1-triaged");
    }

    try (BrowserTab coordinator = BrowserTab.open(base, true)) {
      Page page = logIn(coordinator, "/console/#/melding/" + reference, "coordinator.limburg");
      Locator forwarding = form(page, "Stuur door");
      forwarding.getByLabel("Politie, eenheid Limburg", exact()).check();
      forwarding.getByLabel("Gemeente Maastricht", exact()).check();
      forwarding.getByRole(AriaRole.BUTTON, button("Bekijk wat elke partner krijgt")).click();
      assertThat(forwarding.locator(".waakzaam-console-preview"))
          .containsText("Zo ziet Politie, eenheid Limburg het");
      assertThat(forwarding.locator(".waakzaam-console-preview"))
          .containsText("Zo ziet Gemeente Maastricht het");
      coordinator.check("routing-2-preview");
      forwarding.getByRole(AriaRole.BUTTON, button("Stuur door")).click();
      assertThat(page.getByRole(AriaRole.STATUS))
          .hasText("De melding is doorgestuurd; elke partner vindt zijn pakket in Waakzaam.");
    }

    String packageId;
    try (BrowserTab police = BrowserTab.open(base, true)) {
      Page page = logIn(police, "/console/#/inbox", "politie.limburg");
      assertThat(page.locator("h1")).hasText("Ontvangen meldingen");
      page.getByRole(AriaRole.LINK, name(reference)).click();
      assertThat(page.locator("h1")).hasText("Melding " + reference);
      packageId = page.url().replaceAll(".*#/inbox/", "");
      police.check("routing-3-package");
      page.getByLabel("Uitkomst").selectOption("CRIMINAL_INVESTIGATION");
      page.getByRole(AriaRole.BUTTON, name("Leg de uitkomst vast")).click();
      assertThat(page.getByRole(AriaRole.STATUS))
          .hasText("De uitkomst is vastgelegd; het platform ziet hem.");
    }
    savePdf(packageId, TestKeycloak.get().userToken("politie.limburg"));

    try (BrowserTab coordinator = BrowserTab.open(base, true)) {
      Page page = logIn(coordinator, "/console/#/melding/" + reference, "coordinator.limburg");
      assertThat(
              page.locator(
                  "section", new Page.LocatorOptions().setHasText("Doorgestuurd aan partners")))
          .containsText("Strafrechtelijk onderzoek");
      Locator message = form(page, "Stuur het bericht");
      message.getByLabel("Standaardtekst").selectOption("partner-heeft-gehandeld");
      message.getByRole(AriaRole.BUTTON, button("Stuur het bericht")).click();
      assertThat(page.getByRole(AriaRole.STATUS))
          .hasText("Het bericht staat klaar voor de melder.");
      coordinator.check("routing-4-outcome-on-the-signal");

      page.getByRole(AriaRole.LINK, name("Doorstuurcijfers")).click();
      assertThat(page.locator("h1")).hasText("Doorstuurcijfers");
      assertThat(page.locator("table")).containsText("Politie, eenheid Limburg");
      assertThat(page.locator("table")).containsText("Gemeente Maastricht");
      assertThat(page.locator("svg.waakzaam-console-chart rect")).not().hasCount(0);
      coordinator.check("routing-5-figures");
    }

    try (BrowserTab reporter = BrowserTab.open(base, true)) {
      Page page = reporter.page();
      reporter.go("/opvolgen");
      page.getByLabel("Ontvangstcode").fill(received.receiptCode());
      page.getByRole(AriaRole.BUTTON, name("Melding bekijken")).click();
      assertThat(page.locator(".waakzaam-message--platform").last())
          .containsText("Uw melding is gebruikt door een partner");
      String seen = page.content();
      assertFalse(seen.contains("Politie"), "the reporter never reads the partner's name");
      assertFalse(seen.contains("Gemeente Maastricht"), "nor the municipality's");
      reporter.check("routing-6-reporter-hears-back");
    }
  }

  /** Saves the first page of the package's PDF as a picture beside the screenshots. */
  private void savePdf(String packageId, String token) throws Exception {
    HttpResponse<byte[]> pdf = api.download("api/v1/inbox/" + packageId + "/document", token);
    assertEquals(200, pdf.statusCode());
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
      Path screenshots =
          Path.of(System.getProperty("waakzaam.test.screenshots", "target/screenshots"));
      Files.createDirectories(screenshots);
      Path file = screenshots.resolve("routing-3-package-pdf.png");
      assertTrue(ImageIO.write(image, "png", file.toFile()));
    }
  }

  private static Page logIn(BrowserTab tab, String path, String user) {
    Page page = tab.page();
    tab.go(path);
    page.locator("#username").fill(user);
    page.locator("#password").fill(TestKeycloak.PASSWORD);
    page.locator("#kc-login").click();
    return page;
  }

  private static Locator form(Page page, String button) {
    return page.locator(
        "form", new Page.LocatorOptions().setHas(page.getByRole(AriaRole.BUTTON, name(button))));
  }

  private static Page.GetByRoleOptions name(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  private static Locator.GetByRoleOptions button(String name) {
    return new Locator.GetByRoleOptions().setName(name).setExact(true);
  }

  private static Locator.GetByLabelOptions exact() {
    return new Locator.GetByLabelOptions().setExact(true);
  }
}
