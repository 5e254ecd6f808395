package nl.waakzaam.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.Test;

/**
 * The curl examples of README.md's "Exploring the app" work as written, against the real server.
 */
class ReadmeExamplesIT extends ApiIntegrationTest {

  /** The {@code bash} blocks of the section, in order, as one script. */
  static String examples(String readme) {
    StringBuilder script = new StringBuilder();
    boolean inSection = false;
    boolean inBlock = false;
    for (String line : readme.split("\n")) {
      if (line.startsWith("#")) {
        inSection = line.matches("#+ Exploring the app\\s*");
      } else if (inSection && line.startsWith("```")) {
        inBlock = !inBlock && line.equals("```bash");
      } else if (inSection && inBlock) {
        script.append(line).append('\n');
      }
    }
    return script.toString();
  }

  @Test
  void theCurlExamplesWorkAsWritten() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed here");
    String script =
        examples(Files.readString(Path.of("README.md")))
            .replace("http://localhost:8080", base.toString().replaceAll("/$", ""))
            .replace("http://localhost:8180/realms/waakzaam", TestKeycloak.get().issuer());
    assertTrue(script.contains("curl"), "README.md has no bash examples under 'Exploring the app'");

    ProcessBuilder run =
        new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
    // The run command keeps the demo association's secret in ~/.waakzaam/dev; the test's Keycloak
    // drew its own.
    run.environment().put("SECRET", TestKeycloak.get().clientSecret("lto-noord"));
    Process bash = run.start();
    assertTrue(bash.waitFor(60, TimeUnit.SECONDS), "the examples did not finish");
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(0, bash.exitValue(), output);
    assertTrue(output.contains("\"status\":\"RECEIVED\""), output);
    assertTrue(output.contains("\"receiptCode\":\""), output);
    assertTrue(output.contains("\"statusLabel\":\"Ontvangen\""), output);
    assertTrue(output.contains("\"statusLabel\":\"Received\""), output);
    assertTrue(output.contains("\n204\n"), output);
    assertTrue(output.contains("\"kind\":\"ADDITION\""), output);
    assertTrue(output.contains("\"state\":\"RECEIVED\""), output);
    assertTrue(output.contains("\"stateText\":\"Added\""), output);
    assertTrue(output.contains("\"status\":\"AWAITING_REPORTER\""), output);
    assertTrue(output.contains("urn:waakzaam:problem:illegal-transition"), output);
    assertTrue(output.contains("urn:waakzaam:problem:invalid-request"), output);
    assertTrue(output.contains("\"field\":\"/colour\""), output);
    assertTrue(output.contains("\"items\":["), output);
    assertTrue(
        output.contains("\"whatHappened\":\"A new owner pays the staff in cash only\""), output);
    assertTrue(output.contains("\n401\n"), output);
    assertTrue(output.contains("\"purpose\":\"first look\""), output);
    assertTrue(output.contains("\"intact\":true"), output);
    assertTrue(output.contains("\"counts\":{"), output);
    assertTrue(output.contains("\"deadlineKind\":\"DECISION\""), output);
    assertTrue(output.contains("\"firstFeedback\":{\"done\":"), output);
    assertTrue(output.contains("\"outcome\":\"RECEIVED\""), output);
    assertTrue(output.contains("\"memberReference\":\"lid-20417\""), output);
  }
}
