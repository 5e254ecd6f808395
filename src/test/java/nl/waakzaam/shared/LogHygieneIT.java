package nl.waakzaam.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.SecondInstance;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.Test;

/**
 * Nothing a reporter wrote reaches a log, on the paths where it usually does: a mail server that
 * refuses the reporter's address (its answer quotes it), a database error during a submission (its
 * detail quotes the row), a malformed multipart body. Each test writes a marker of its own and
 * looks for it in the server's log after the failure has certainly been logged.
 */
class LogHygieneIT extends ApiIntegrationTest {

  private final String marker = "marker" + UUID.randomUUID().toString().replace("-", "");

  @Test
  void aMailServerThatRefusesTheReportersAddressLeavesTheAddressOutOfTheLog() throws Exception {
    Api second = SecondInstance.api();
    String address = marker + "@example.nl";
    Api.Reply submitted = second.post("api/v1/signals", limburgSignal(address));
    assertEquals(201, submitted.status(), submitted::toString);
    String reference = submitted.json().getString("reference");
    String analyst = TestKeycloak.get().userToken("analist.limburg");

    Api.Reply message =
        second.send(
            second
                .json("api/v1/signals/" + reference + "/messages")
                .header("Authorization", "Bearer " + analyst)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder().add("text", "Dank u wel").build().toString())));
    assertEquals(201, message.status(), message::toString);

    Path log = SecondInstance.get().log();
    awaitInLog(log, "A notice to a reporter was not delivered");
    assertFalse(Files.readString(log).contains(marker), "the refused address is not in the log");
  }

  @Test
  void aDatabaseErrorDuringASubmissionLeavesTheRowOutOfTheLog() throws Exception {
    // A rule the application does not know of refuses the row, as a full disk or a bug would.
    owner(
        "alter table signal add constraint log_hygiene_test check (description not like '%"
            + marker
            + "%') not valid");
    Api.Reply refused;
    try {
      refused = api.post("api/v1/signals", limburgSignal(null));
    } finally {
      owner("alter table signal drop constraint log_hygiene_test");
    }

    assertEquals(500, refused.status(), refused::toString);
    String incident = refused.json().getString("incident");
    Path log = payaraLog();
    awaitInLog(log, "Incident " + incident);
    assertFalse(Files.readString(log).contains(marker), "the refused row is not in the log");
  }

  @Test
  void aMalformedMultipartBodyLeavesItsContentOutOfTheLog() throws Exception {
    Api.Reply submitted = api.post("api/v1/signals", limburgSignal(null));
    assertEquals(201, submitted.status(), submitted::toString);
    Api.Reply session =
        api.post(
            "api/v1/followup",
            Json.createObjectBuilder()
                .add("receiptCode", submitted.json().getString("receiptCode"))
                .build());
    String body =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + marker
            + "\r\n"
            + marker
            + " without an end";
    Api.Reply refused =
        api.send(
            HttpRequest.newBuilder(
                    java.net.URI.create(
                        base
                            + "api/v1/signals/"
                            + submitted.json().getString("reference")
                            + "/attachments"))
                .header("Authorization", "FollowUp " + session.json().getString("token"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

    assertEquals(400, refused.status(), refused::toString);
    // Payara writes its log from a queue: once it has been still for a while, it holds whatever
    // the refused request made it write.
    awaitQuiet(payaraLog());
    assertFalse(Files.readString(payaraLog()).contains(marker), "nothing of the body in the log");
  }

  private JsonObject limburgSignal(String email) {
    var signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("location", Json.createObjectBuilder().add("postcode", "6211"))
            .add("description", "Gezien door " + marker + ", bel 0612345678");
    if (email != null) {
      signal.add(
          "contact",
          Json.createObjectBuilder().add("email", email).add("shareWithPartners", false));
    }
    return signal.build();
  }

  private static Path payaraLog() {
    return Path.of(System.getProperty("waakzaam.test.work-dir", "target/it"), "payara.log");
  }

  private static void awaitInLog(Path log, String line) throws IOException, InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (!Files.readString(log).contains(line)) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("'" + line + "' never appeared in " + log);
      }
      Thread.sleep(200);
    }
  }

  /** Waits until {@code log} has not grown for two seconds. */
  private static void awaitQuiet(Path log) throws IOException, InterruptedException {
    long size = Files.size(log);
    Instant stillSince = Instant.now();
    Instant until = stillSince.plus(Duration.ofSeconds(30));
    while (Duration.between(stillSince, Instant.now()).compareTo(Duration.ofSeconds(2)) < 0) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError(log + " never stopped growing");
      }
      Thread.sleep(200);
      long now = Files.size(log);
      if (now != size) {
        size = now;
        stillSince = Instant.now();
      }
    }
  }

  private static void owner(String sql) throws SQLException {
    try (Connection c = TestDatabase.get().connectAsOwner();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
