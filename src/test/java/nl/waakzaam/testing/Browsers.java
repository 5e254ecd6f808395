package nl.waakzaam.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Chromium of the machine (Debian's), driven by Playwright on the machine's Node.js, launched
 * once for all browser tests of a run. Without Chromium or Node.js the browser tests are skipped
 * with the reason; under CI ({@code CI=true}) that is a failure instead.
 */
public final class Browsers {

  /** Launch arguments that suit a closed network and a machine without a display. */
  private static final List<String> ARGUMENTS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--force-prefers-reduced-motion");

  private static Browser browser;

  private Browsers() {}

  /**
   * The shared browser; skips (or, under CI, fails) the calling test class when there is none. Call
   * it from {@code @BeforeAll}.
   */
  public static synchronized Browser chromium() {
    Optional<String> missing = missing();
    if (missing.isPresent()) {
      if (underCi()) {
        fail("The browser tests cannot run: " + missing.get() + " (under CI=true they must)");
      }
      String reason = "Browser tests skipped: " + missing.get();
      System.err.println(reason);
      assumeTrue(false, reason);
    }
    if (browser == null) {
      System.setProperty("playwright.nodejs.path", node().orElseThrow().toString());
      Playwright playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(chromiumPath())
                      .setArgs(ARGUMENTS)
                      .setHeadless(true));
      Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
    }
    return browser;
  }

  /** Whether this run is CI's ({@code CI=true}), where the browser tests must run. */
  static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** What is missing to run browser tests here, if anything. */
  static Optional<String> missing() {
    if (!Files.isExecutable(chromiumPath())) {
      return Optional.of(
          "no Chromium at "
              + chromiumPath()
              + " (install Debian's chromium, or set -Dwaakzaam.test.chromium=<path>)");
    }
    if (node().isEmpty()) {
      return Optional.of("no Node.js to run Playwright's driver (install nodejs)");
    }
    return Optional.empty();
  }

  private static Path chromiumPath() {
    return Path.of(System.getProperty("waakzaam.test.chromium", "/usr/bin/chromium"));
  }

  /** Node.js as configured, else the first {@code node} on the PATH. */
  private static Optional<Path> node() {
    Path configured = Path.of(System.getProperty("waakzaam.test.node", "/usr/bin/node"));
    if (Files.isExecutable(configured)) {
      return Optional.of(configured);
    }
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, "node"))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
