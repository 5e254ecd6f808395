package nl.waakzaam.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Corpus;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import nl.waakzaam.testing.TestTokens;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files on a signal, end to end: the reporter and staff upload, the inspection gives its verdict
 * after the answer, staff download the clean copy (or the original with the permission for it), the
 * file is encrypted in the database, limits are held, and an interrupted inspection is resumed.
 */
class AttachmentsIT extends ApiIntegrationTest {

  private static final String LIMBURG = "6211";

  private TestTokens tokens;
  private String reference;
  private String followUp;

  @BeforeEach
  void aSignalWithAnOpenFollowUpSession() {
    tokens = new TestTokens(TestKeycloak.get());
    JsonObject receipt = submitAt(LIMBURG);
    reference = receipt.getString("reference");
    followUp = "FollowUp " + open(receipt.getString("receiptCode"));
  }

  @Test
  void aPhotoIsReceivedAtOnceThenAcceptedAndStaffGetACopyWithoutItsPosition() throws Exception {
    byte[] photo = Corpus.jpegWithGps();

    Api.Reply upload = upload(followUp, "IMG_2041.jpg", "image/jpeg", photo);

    assertEquals(202, upload.status(), upload::toString);
    assertEquals("RECEIVED", upload.json().getString("state"));
    assertEquals("IMG_2041.jpg", upload.json().getString("name"));
    JsonObject verdict = awaitVerdict(upload.json().getString("id"));
    assertEquals("ACCEPTED", verdict.getString("state"));
    assertEquals("Toegevoegd", verdict.getString("stateText"));

    HttpResponse<byte[]> copy = api.download(file(verdict, "content"), analyst());
    assertEquals(200, copy.statusCode());
    assertEquals("image/jpeg", copy.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(
        "attachment; filename=\"" + reference + "-bijlage-1.jpg\"",
        copy.headers().firstValue("Content-Disposition").orElseThrow());
    assertEquals("nosniff", copy.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(
        copy.headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow()
            .startsWith("default-src 'none'"));
    Metadata metadata = Corpus.metadataOf(copy.body());
    for (String key : metadata.names()) {
      assertFalse(key.toLowerCase().contains("gps"), key);
      assertFalse(metadata.get(key).contains(Corpus.AUTHOR), key);
    }
    assertEquals(1, audited("ATTACHMENT_DOWNLOADED"));
  }

  @Test
  void theOriginalIsForThoseWithThePermissionForItAndIsTheUploadedFile() {
    byte[] photo = Corpus.jpegWithGps();
    JsonObject verdict =
        awaitVerdict(upload(followUp, "IMG_2042.jpg", "image/jpeg", photo).json().getString("id"));

    assertEquals(403, api.download(file(verdict, "original"), analyst()).statusCode());
    HttpResponse<byte[]> original = api.download(file(verdict, "original"), coordinator());

    assertEquals(200, original.statusCode());
    assertArrayEquals(photo, original.body());
    assertEquals(1, audited("ATTACHMENT_ORIGINAL_DOWNLOADED"));
  }

  @Test
  void aHostileFileIsRefusedWithAReasonAndTheSignalStays() {
    Api.Reply upload = upload(followUp, "offerte.pdf", "application/pdf", Corpus.executable());
    JsonObject verdict = awaitVerdict(upload.json().getString("id"));

    assertEquals("REFUSED", verdict.getString("state"));
    assertEquals("TYPE_NOT_ALLOWED", verdict.getString("refusal"));
    assertTrue(verdict.getString("refusalText").startsWith("Dit soort bestand"), verdict::toString);
    assertEquals(404, api.download(file(verdict, "content"), analyst()).statusCode());
    assertEquals(200, api.get("api/v1/signals/" + reference, analyst()).status());
    assertEquals(
        200,
        api.send(api.json("api/v1/followup/signal").header("Authorization", followUp)).status());
  }

  @Test
  void theFileItsNameAndItsTextAreEncryptedInTheDatabase() throws SQLException {
    String marker = "kenteken-" + UUID.randomUUID();
    String name = "notitie-" + marker + ".txt";
    JsonObject verdict =
        awaitVerdict(
            upload(followUp, name, "text/plain", marker.getBytes(StandardCharsets.UTF_8))
                .json()
                .getString("id"));
    assertEquals("ACCEPTED", verdict.getString("state"));
    assertEquals(name, verdict.getString("name"), "the reporter reads the name, opened");

    try (Connection c = TestDatabase.get().connect();
        PreparedStatement s =
            c.prepareStatement(
                "select b.ciphertext from attachment a join attachment_blob b on b.id in"
                    + " (a.original_blob_id, a.sanitized_blob_id) where a.id = ?");
        PreparedStatement row =
            c.prepareStatement("select a::text from attachment a where a.id = ?")) {
      s.setObject(1, UUID.fromString(verdict.getString("id")));
      int blobs = 0;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          blobs++;
          String stored = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
          assertFalse(stored.contains("kenteken-"), "the stored bytes hold the plaintext");
        }
      }
      assertEquals(2, blobs, "the original and the clean copy");
      // The whole row as PostgreSQL shows it: bytea as hex, every other column as text.
      row.setObject(1, UUID.fromString(verdict.getString("id")));
      try (ResultSet rs = row.executeQuery()) {
        assertTrue(rs.next());
        String stored = rs.getString(1);
        assertFalse(stored.contains("kenteken-"), "the name or text is stored in the clear");
        assertFalse(
            stored.contains(hex("kenteken-")),
            "the name or text is stored in the clear: " + stored);
      }
    }
  }

  private static String hex(String text) {
    return java.util.HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void staffAddAFileThatTheReporterDoesNotSee() {
    Api.Reply upload =
        upload("Bearer " + analyst(), "proces-verbaal.txt", "text/plain", Corpus.text());

    assertEquals(202, upload.status(), upload::toString);
    awaitStaffVerdict(upload.json().getString("id"));
    JsonArray staffList = api.get(files(), analyst()).jsonArray();
    assertEquals("STAFF", staffList.getJsonObject(0).getString("uploadedBy"));
    assertEquals(0, reporterFiles().size());
    assertEquals(1, audited("ATTACHMENT_ADDED"));
  }

  @Test
  void whoMayNotAddAFileGetsAClearRefusalAndNothingIsKept() {
    long before = TestDatabase.get().count("attachment_blob");
    JsonObject other = submitAt(LIMBURG);
    String otherSession = "FollowUp " + open(other.getString("receiptCode"));
    String auditor =
        tokens.sign(
            tokens.claims("auditor", List.of("auditor", "audit:read", "/regions/limburg")).build());
    String zeeland =
        tokens.sign(
            tokens
                .claims(
                    "analyst-zeeland",
                    List.of(
                        "analyst", "signal:read", "signal:triage", "/regions/zeeland-west-brabant"))
                .build());
    String reader =
        tokens.sign(tokens.claims("lezer", List.of("signal:read", "/regions/limburg")).build());

    assertEquals(401, upload(null, "a.txt", "text/plain", Corpus.text()).status());
    assertEquals(401, upload("FollowUp nonsense", "a.txt", "text/plain", Corpus.text()).status());
    assertEquals(404, upload(otherSession, "a.txt", "text/plain", Corpus.text()).status());
    assertEquals(401, upload("Bearer garbage", "a.txt", "text/plain", Corpus.text()).status());
    assertEquals(403, upload("Bearer " + auditor, "a.txt", "text/plain", Corpus.text()).status());
    assertEquals(404, upload("Bearer " + zeeland, "a.txt", "text/plain", Corpus.text()).status());
    assertEquals(
        403,
        upload("Bearer " + reader, "a.txt", "text/plain", Corpus.text()).status(),
        "adding a file is handling the signal: reading it is not enough");
    assertEquals(before, TestDatabase.get().count("attachment_blob"));
  }

  @Test
  void aFileNameWithANulCharacterIsKeptAsNoNameAndTheFileIsTaken() {
    Api.Reply upload = upload(followUp, "foto\u0000.jpg", "text/plain", Corpus.text());

    assertEquals(202, upload.status(), upload::toString);
    JsonObject verdict = awaitVerdict(upload.json().getString("id"));
    assertEquals("bestand", verdict.getString("name"));
  }

  @Test
  void aBrokenOrEmptyFormIsABadRequest() {
    Api.Reply notMultipart =
        api.send(
            api.json("api/v1/signals/" + reference + "/attachments")
                .header("Authorization", followUp)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
    Api.Reply noFile =
        api.send(
            api.json("api/v1/signals/" + reference + "/attachments")
                .header("Authorization", followUp)
                .setHeader("Content-Type", "multipart/form-data; boundary=b")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--b--\r\n")));

    Api.Reply brokenOff =
        api.send(
            api.json("api/v1/signals/" + reference + "/attachments")
                .header("Authorization", followUp)
                .setHeader("Content-Type", "multipart/form-data; boundary=b")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "--b\r\nContent-Disposition: form-data; name=\"file\";"
                            + " filename=\"a.txt\"\r\n\r\nbegin, en dan niets meer")));

    assertEquals(400, brokenOff.status(), brokenOff::toString);
    assertEquals("urn:waakzaam:problem:malformed-upload", brokenOff.json().getString("type"));
    assertEquals(415, notMultipart.status(), notMultipart::toString);
    assertEquals(400, noFile.status(), noFile::toString);
    assertEquals("urn:waakzaam:problem:malformed-upload", noFile.json().getString("type"));
    assertEquals(0, reporterFiles().size());
  }

  @Test
  void aFileOverItsLimitIsRefusedBeforeItIsKeptWithOrWithoutALength() {
    long before = TestDatabase.get().count("attachment_blob");
    byte[] large = new byte[5 * 1024 * 1024 + 1];
    Arrays.fill(large, (byte) 'a');

    // Past the file's limit and the room for the form around it: refused before it is read.
    Api.Reply declared =
        upload(followUp, "groot.txt", "text/plain", new byte[5 * 1024 * 1024 + 70 * 1024]);
    // Within the room for the form, or of unknown length: refused while it is read.
    Api.Reply justOver = upload(followUp, "groot.txt", "text/plain", large);
    Api.Reply streamed = uploadChunked(followUp, "groot.txt", large);

    assertEquals(413, declared.status(), declared::toString);
    assertEquals("urn:waakzaam:problem:body-too-large", declared.json().getString("type"));
    assertEquals(413, justOver.status(), justOver::toString);
    assertEquals("urn:waakzaam:problem:file-too-large", justOver.json().getString("type"));
    assertEquals(413, streamed.status(), streamed::toString);
    assertEquals("urn:waakzaam:problem:file-too-large", streamed.json().getString("type"));
    assertEquals(before, TestDatabase.get().count("attachment_blob"));
    assertEquals(0, reporterFiles().size());
  }

  @Test
  void aSignalTakesTenFilesAndRefusesTheEleventh() {
    for (int i = 0; i < 10; i++) {
      assertEquals(202, upload(followUp, i + ".txt", "text/plain", Corpus.text()).status());
    }

    Api.Reply eleventh = upload(followUp, "10.txt", "text/plain", Corpus.text());

    assertEquals(409, eleventh.status(), eleventh::toString);
    assertEquals("urn:waakzaam:problem:signal-full", eleventh.json().getString("type"));
    assertEquals(10, reporterFiles().size());
  }

  @Test
  void anInspectionCutShortByACrashIsResumedAndOneThatKeepsFailingIsGivenUp() throws SQLException {
    String resumed =
        awaitVerdict(upload(followUp, "a.txt", "text/plain", Corpus.text()).json().getString("id"))
            .getString("id");
    String failing =
        awaitVerdict(upload(followUp, "b.txt", "text/plain", Corpus.text()).json().getString("id"))
            .getString("id");
    // As a server that stopped mid-inspection an hour ago leaves them:
    crashedDuringInspection(resumed, 1);
    crashedDuringInspection(failing, 3);

    JsonObject again = awaitVerdict(resumed);
    JsonObject givenUp = awaitVerdict(failing);

    assertEquals("ACCEPTED", again.getString("state"));
    assertEquals("REFUSED", givenUp.getString("state"));
    assertEquals("PROCESSING_FAILED", givenUp.getString("refusal"));
  }

  private void crashedDuringInspection(String id, int attempts) throws SQLException {
    try (Connection c = TestDatabase.get().connect();
        PreparedStatement s =
            c.prepareStatement(
                "update attachment set state = 'RECEIVED', refusal = null, detected_type = null,"
                    + " extracted_text_sealed = null, sanitized_blob_id = null, processed_at = null,"
                    + " processing_started_at = now() - interval '1 hour', attempts = ? where id"
                    + " = ?")) {
      s.setInt(1, attempts);
      s.setObject(2, UUID.fromString(id));
      assertEquals(1, s.executeUpdate());
    }
  }

  /** Waits (at most 60 seconds) until the reporter's list shows a verdict on the file. */
  private JsonObject awaitVerdict(String id) {
    return awaitVerdict(id, this::reporterFiles);
  }

  private void awaitStaffVerdict(String id) {
    JsonObject file = awaitVerdict(id, () -> api.get(files(), analyst()).jsonArray());
    assertEquals("ACCEPTED", file.getString("state"), file::toString);
  }

  private static JsonObject awaitVerdict(String id, java.util.function.Supplier<JsonArray> list) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (JsonObject file : list.get().getValuesAs(JsonObject.class)) {
        if (file.getString("id").equals(id) && !file.getString("state").equals("RECEIVED")) {
          return file;
        }
      }
      pause();
    }
    throw new AssertionError("No verdict on " + id);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonArray reporterFiles() {
    Api.Reply list =
        api.send(api.json("api/v1/followup/attachments").header("Authorization", followUp));
    assertEquals(200, list.status(), list::toString);
    return list.jsonArray();
  }

  private String files() {
    return "api/v1/signals/" + reference + "/attachments";
  }

  private String file(JsonObject verdict, String what) {
    return files() + "/" + verdict.getString("id") + "/" + what;
  }

  private Api.Reply upload(String authorization, String name, String type, byte[] content) {
    return api.upload(files(), authorization, name, type, content);
  }

  /** An upload without Content-Length: the server learns its size only by reading it. */
  private Api.Reply uploadChunked(String authorization, String name, byte[] content) {
    String boundary = "chunked-" + System.nanoTime();
    byte[] body = Api.multipart(boundary, name, "text/plain", content);
    return api.send(
        api.json(files())
            .header("Authorization", authorization)
            .setHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(body))));
  }

  private long audited(String action) {
    return TestDatabase.get().auditRecords(action, reference);
  }

  private String analyst() {
    return tokens.sign(
        tokens
            .claims(
                "analyst-limburg",
                List.of("analyst", "signal:read", "signal:triage", "/regions/limburg"))
            .build());
  }

  private String coordinator() {
    return tokens.sign(
        tokens
            .claims(
                "coordinator-limburg",
                List.of("coordinator", "signal:read", "attachment:original", "/regions/limburg"))
            .build());
  }

  private JsonObject submitAt(String postcode) {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("location", Json.createObjectBuilder().add("postcode", postcode))
            .build();
    Api.Reply reply = api.post("api/v1/signals", signal);
    assertEquals(201, reply.status(), reply::toString);
    return reply.json();
  }

  private String open(String receiptCode) {
    Api.Reply reply =
        api.post(
            "api/v1/followup", Json.createObjectBuilder().add("receiptCode", receiptCode).build());
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getString("token");
  }
}
