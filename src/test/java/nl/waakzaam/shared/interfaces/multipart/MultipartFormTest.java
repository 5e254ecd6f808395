package nl.waakzaam.shared.interfaces.multipart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fields before the file, then the file as a stream; anything else is malformed. */
class MultipartFormTest {

  private static final String TYPE = "multipart/form-data; boundary=grens";

  @Test
  void fieldsBeforeTheFileAreReadAndTheFileIsStreamed() throws IOException {
    byte[] content = new byte[300_000];
    new java.util.Random(7).nextBytes(content);
    byte[] body =
        concat(
            "--grens\r\nContent-Disposition: form-data; name=\"formToken\"\r\n\r\nabc\r\n"
                + "--grens\r\nContent-Disposition: form-data; name=\"bestand\";"
                + " filename=\"schuur – foto.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n",
            content,
            "\r\n--grens--\r\n");

    String seen =
        MultipartForm.read(
            TYPE,
            body.length,
            new ByteArrayInputStream(body),
            (fields, file) -> {
              assertEquals(Map.of("formToken", "abc"), fields);
              assertEquals("bestand", file.fieldName());
              assertEquals("image/jpeg", file.contentType());
              assertArrayEquals(content, file.content().readAllBytes());
              return file.fileName();
            });

    assertEquals("schuur – foto.jpg", seen);
  }

  @Test
  void aFormWithoutAFileIsMalformed() {
    byte[] body =
        "--grens\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--grens--\r\n"
            .getBytes(StandardCharsets.UTF_8);

    assertThrows(MalformedMultipartException.class, () -> read(TYPE, body));
  }

  @Test
  void somethingElseThanAMultipartFormIsMalformed() {
    byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
    byte[] broken = "--grens\r\nnonsense".getBytes(StandardCharsets.UTF_8);

    assertThrows(MalformedMultipartException.class, () -> read("application/json", json));
    assertThrows(MalformedMultipartException.class, () -> read(null, json));
    assertThrows(MalformedMultipartException.class, () -> read(TYPE, broken));
    assertThrows(MalformedMultipartException.class, () -> read("multipart/form-data", json));
  }

  @Test
  void aBodyThatBreaksOffInsideTheFileIsMalformedWhileTheFileIsRead() {
    byte[] body =
        ("--grens\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\n"
                + "begin van het bestand, en dan niets meer")
            .getBytes(StandardCharsets.UTF_8);

    assertThrows(
        MalformedMultipartException.class,
        () ->
            MultipartForm.read(
                TYPE,
                body.length,
                new ByteArrayInputStream(body),
                (fields, file) -> file.content().readAllBytes()));
  }

  @Test
  void aLongFieldIsMalformed() {
    byte[] body =
        ("--grens\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n"
                + "y".repeat(MultipartForm.MAX_FIELD + 1)
                + "\r\n--grens--\r\n")
            .getBytes(StandardCharsets.UTF_8);

    assertThrows(MalformedMultipartException.class, () -> read(TYPE, body));
  }

  private static Object read(String type, byte[] body) throws IOException {
    return MultipartForm.read(
        type, body.length, new ByteArrayInputStream(body), (fields, file) -> file.fileName());
  }

  private static byte[] concat(String head, byte[] content, String tail) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
