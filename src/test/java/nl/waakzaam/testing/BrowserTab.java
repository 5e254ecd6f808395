package nl.waakzaam.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ReducedMotion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One browser tab on the application under test, with or without JavaScript, at a given width.
 * {@link #check(String)} holds a page to the reporter pages' promises: no WCAG 2.1 A or AA
 * violation that axe-core finds, nothing wider than the screen, no error in the console (a blocked
 * resource under the Content-Security-Policy shows there); and it saves a full-page screenshot.
 */
public final class BrowserTab implements AutoCloseable {

  /** The rules axe-core applies: WCAG 2.0 and 2.1, levels A and AA. */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final BrowserContext context;
  private final Page page;
  private final String base;
  private final boolean javaScript;
  private final List<String> consoleErrors = new ArrayList<>();
  private BrowserContext inspector;

  private BrowserTab(BrowserContext context, String base, boolean javaScript) {
    this.context = context;
    this.javaScript = javaScript;
    this.page = context.newPage();
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error")) {
            consoleErrors.add(m.text());
          }
        });
    page.onPageError(e -> consoleErrors.add("page error: " + e));
  }

  /** A fresh tab (no cookies) on a desktop-sized screen. */
  public static BrowserTab open(URL base, boolean javaScript) {
    return open(base, javaScript, 1280, 900);
  }

  public static BrowserTab open(URL base, boolean javaScript, int width, int height) {
    Browser browser = Browsers.chromium();
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript)
                .setViewportSize(width, height)
                .setReducedMotion(ReducedMotion.REDUCE)
                .setLocale("nl-NL"));
    context.setDefaultTimeout(10_000);
    return new BrowserTab(context, base.toString(), javaScript);
  }

  public Page page() {
    return page;
  }

  public BrowserContext context() {
    return context;
  }

  /** Opens a page of the application, such as {@code /} or {@code /opvolgen?lang=en}. */
  public void go(String path) {
    page.navigate(base + path);
  }

  /** The address of the current page without the server, such as {@code /melden/schuur}. */
  public String path() {
    return page.url().substring(base.length());
  }

  /**
   * The elements that stick out on the right, the outermost first, for the message of a failure.
   */
  public static final String WIDEST =
      "() => { const w = document.documentElement.clientWidth;"
          + " const name = e => e.tagName.toLowerCase() + '.' + String(e.className).replaceAll(' ', '.')"
          + " + ' ' + Math.round(e.getBoundingClientRect().width) + 'px: ' + (e.textContent || '').trim().slice(0, 30);"
          + " const all = [...document.querySelectorAll('body *')];"
          + " const out = all.filter(e => e.getBoundingClientRect().right > w + 0.5);"
          + " const wide = all.filter(e => e.getBoundingClientRect().width > w + 0.5);"
          + " const depth = e => { let d = 0; for (let p = e; p; p = p.parentElement) d++; return d; };"
          + " const leaves = l => l.filter(e => ![...e.children].some(c => l.includes(c)))"
          + ".sort((a, b) => depth(b) - depth(a)).slice(0, 5)"
          + ".map(e => name(e) + ' (' + getComputedStyle(e).display + ')');"
          + " return 'wider than the screen: ' + leaves(wide).join('; ') + ' | sticking out: '"
          + " + leaves(out).join('; '); }";

  /** Checks the page as it stands and saves it as {@code target/screenshots/<name>.png}. */
  public void check(String name) {
    Page inspected = javaScript ? page : snapshot();
    try {
      AxeResults results = new AxeBuilder(inspected).withTags(WCAG_21_AA).analyze();
      List<Rule> violations = results.getViolations();
      record(name, results.getPasses().size(), violations.size());
      assertTrue(!results.getPasses().isEmpty(), name + ": axe-core did not run");
      assertTrue(violations.isEmpty(), () -> name + ": axe-core found " + describe(violations));
      Object overflow =
          inspected.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
      assertEquals(
          0,
          ((Number) overflow).intValue(),
          () -> name + ": the page is wider than the screen: " + inspected.evaluate(WIDEST));
    } finally {
      if (inspected != page) {
        inspected.close();
      }
    }
    assertTrue(consoleErrors.isEmpty(), () -> name + ": console errors " + consoleErrors);
    screenshot(name);
  }

  /**
   * Without JavaScript in the tab, axe-core cannot run there (an evaluation never returns): the
   * page as it stands is served again, at its own address but without its script, to a tab that
   * runs axe-core only.
   */
  private Page snapshot() {
    if (inspector == null) {
      inspector =
          Browsers.chromium()
              .newContext(
                  new Browser.NewContextOptions()
                      .setViewportSize(page.viewportSize().width, page.viewportSize().height));
    }
    String html = page.content();
    String address = page.url();
    Page copy = inspector.newPage();
    copy.route(
        url -> url.equals(address),
        route ->
            route.fulfill(
                new Route.FulfillOptions()
                    .setContentType("text/html; charset=utf-8")
                    .setBody(html)));
    copy.route("**/assets/*.js", Route::abort);
    copy.navigate(address);
    return copy;
  }

  public void screenshot(String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setFullPage(true)
            .setPath(screenshots().resolve(name + ".png")));
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            r ->
                r.getId()
                    + " ("
                    + r.getHelp()
                    + ") at "
                    + r.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
  }

  private static boolean recording;

  /** One line per checked page in {@code target/screenshots/axe.tsv}, for the record. */
  private static synchronized void record(String name, int passes, int violations) {
    try {
      Path file = screenshots().resolve("axe.tsv");
      if (!recording) {
        Files.deleteIfExists(file);
        recording = true;
      }
      Files.writeString(
          file,
          name + "\t" + passes + " rules passed\t" + violations + " violations\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path screenshots() {
    try {
      return Files.createDirectories(
          Path.of(System.getProperty("waakzaam.test.screenshots", "target/screenshots")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (inspector != null) {
      inspector.close();
    }
    context.close();
  }
}
