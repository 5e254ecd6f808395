package nl.waakzaam.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.Test;

/**
 * The curl examples of {@code docs/integration/associations.md}, run as they stand with bash
 * against the platform under test and the real Keycloak: the guide an integrator follows works.
 * Only the addresses are the test's own.
 */
class IntegrationGuideIT extends ApiIntegrationTest {

  private static final Path GUIDE = Path.of("docs/integration/associations.md");

  @Test
  void theGuidesCurlExamplesWorkAsWritten() throws Exception {
    List<String> blocks = bashBlocks(Files.readString(GUIDE));
    assertEquals(5, blocks.size(), "the guide's bash examples");
    TestKeycloak keycloak = TestKeycloak.get();
    String script =
        "set -euo pipefail\n"
            + String.join("\necho\n", blocks)
                .replace("http://localhost:8180/realms/waakzaam", keycloak.issuer())
                .replace("http://localhost:8080", base.toString().replaceAll("/$", ""))
            + "\necho\n";
    ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
    bash.environment().put("SECRET", keycloak.clientSecret("lto-noord"));
    Process run = bash.start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(run.waitFor(60, TimeUnit.SECONDS));

    assertEquals(0, run.exitValue(), output);
    assertTrue(output.contains("\"outcome\":\"RECEIVED\""), output);
    assertTrue(output.contains("\"memberReference\":\"lid-20417\""), output);
    assertTrue(output.contains("\"from\":\"REPORTER\""), output);
    assertTrue(output.contains("\"secret\":\"whsec_"), output);
    // Leave no endpoint behind that later tests' changes would be sent to.
    String token = keycloak.associationToken("lto-noord");
    assertEquals(
        204,
        api.send(api.json("api/v1/webhooks").header("Authorization", "Bearer " + token).DELETE())
            .status());
  }

  static List<String> bashBlocks(String markdown) {
    Matcher m = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }
}
