package nl.waakzaam.attachments.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nl.waakzaam.attachments.domain.Inspection;
import nl.waakzaam.attachments.domain.Refusal;
import nl.waakzaam.testing.Corpus;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdict on every file of the corpus, and what the staff copies of the accepted ones still
 * say. Writes the verdict table to {@code target/attachment-verdicts.tsv}.
 */
class TikaInspectionTest {

  private static TikaInspection inspection;

  @BeforeAll
  static void tika() throws IOException {
    inspection = new TikaInspection(InspectionLimits.DEFAULTS);
    Files.deleteIfExists(table());
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        file("photo.jpg, GPS + camera + artist", Corpus::jpegWithGps, null, "image/jpeg"),
        file("photo.png, Author text chunk", Corpus::pngWithAuthor, null, "image/png"),
        file("offer.pdf, author + XMP", Corpus::pdfWithMetadata, null, "application/pdf"),
        file(
            "offer.docx, author + company",
            Corpus::docxWithAuthor,
            null,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        file(
            "rent.xlsx, author",
            Corpus::xlsxWithAuthor,
            null,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        file(
            "notes.odt, creator",
            Corpus::odtWithCreator,
            null,
            "application/vnd.oasis.opendocument.text"),
        file("notes.txt", Corpus::text, null, "text/plain"),
        file("polyglot.pdf, PDF + ZIP", Corpus::pdfZipPolyglot, null, "application/pdf"),
        file("empty.pdf, 0 bytes", () -> new byte[0], Refusal.EMPTY, null),
        file(
            "invoice.pdf, a Windows executable",
            Corpus::executable,
            Refusal.TYPE_NOT_ALLOWED,
            null),
        file("photo.jpg, an HTML page", Corpus::html, Refusal.TYPE_NOT_ALLOWED, null),
        file("map.svg, with script", Corpus::svgWithScript, Refusal.TYPE_NOT_ALLOWED, null),
        file("zeros.zip, zip bomb (100 MB)", Corpus::zipBomb, Refusal.TYPE_NOT_ALLOWED, null),
        file("offer.docx, 60 MB of zeros inside", Corpus::docxBomb, Refusal.TOO_COMPLEX, null),
        file("deep.zip, twenty nested", Corpus::nestedArchive, Refusal.TYPE_NOT_ALLOWED, null),
        file("photo.png, truncated", Corpus::truncatedPng, Refusal.UNREADABLE, null),
        file("flood.png, 50,000 × 50,000", Corpus::pixelFlood, Refusal.TOO_MANY_PIXELS, null),
        file("secret.pdf, password", Corpus::encryptedPdf, Refusal.ENCRYPTED, null),
        file("offer.pdf, JavaScript", Corpus::pdfWithJavaScript, Refusal.ACTIVE_CONTENT, null),
        file("offer.docm, macros", Corpus::docm, Refusal.MACROS, null),
        file("photo.heic", Corpus::heic, Refusal.HEIC_NOT_SUPPORTED, null));
  }

  private static Arguments file(
      String name, Supplier<byte[]> content, Refusal expected, String acceptedType) {
    return Arguments.of(name, content, expected, acceptedType);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyFileGetsItsVerdict(
      String name, Supplier<byte[]> content, Refusal expected, String acceptedType)
      throws IOException {
    byte[] bytes = content.get();
    long start = System.nanoTime();
    Inspection verdict = inspection.inspect(bytes);
    long millis = (System.nanoTime() - start) / 1_000_000;

    Files.writeString(
        table(),
        name
            + "\t"
            + bytes.length
            + " bytes\t"
            + verdict.detectedType()
            + "\t"
            + verdict.refusal().map(Enum::name).orElse("ACCEPTED")
            + "\t"
            + millis
            + " ms\n",
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    assertEquals(Optional.ofNullable(expected), verdict.refusal(), name);
    if (expected == null) {
      assertEquals(acceptedType, verdict.detectedType(), name);
      assertTrue(verdict.sanitized().length > 0, name);
      assertFalse(
          new String(verdict.sanitized(), StandardCharsets.ISO_8859_1).contains(Corpus.AUTHOR),
          name + ": the staff copy still names the author");
    }
  }

  @Test
  void aPhotosCopyHasNoPositionCameraOrAuthorAndIsTurnedUpright() throws Exception {
    Inspection verdict = inspection.inspect(Corpus.jpegWithGps());

    Metadata copy = Corpus.metadataOf(verdict.sanitized());
    assertEquals(Optional.empty(), Optional.ofNullable(copy.get("GPS:GPS Latitude")));
    for (String key : copy.names()) {
      String value = copy.get(key);
      assertFalse(key.toLowerCase().contains("gps"), key + " = " + value);
      assertFalse(value.contains("Fairphone") || value.contains("8841"), key + " = " + value);
      assertFalse(value.contains(Corpus.AUTHOR), key + " = " + value);
    }
    var image = ImageIO.read(new ByteArrayInputStream(verdict.sanitized()));
    assertEquals(200, image.getWidth(), "orientation 6: the 320 × 200 photo stands upright");
    assertEquals(320, image.getHeight());
  }

  @Test
  void documentCopiesHaveNoAuthorInTheirMetadataButKeepTheirText() throws Exception {
    for (byte[] document :
        new byte[][] {
          Corpus.pdfWithMetadata(),
          Corpus.docxWithAuthor(),
          Corpus.xlsxWithAuthor(),
          Corpus.odtWithCreator()
        }) {
      Inspection verdict = inspection.inspect(document);
      Metadata copy = Corpus.metadataOf(verdict.sanitized());
      for (String key : copy.names()) {
        assertFalse(
            Arrays.stream(copy.getValues(key)).anyMatch(v -> v.contains(Corpus.AUTHOR)),
            verdict.detectedType() + ": " + key);
        if (key.equals("pdf:hasXMP")) {
          assertEquals("false", copy.get(key), "the PDF's XMP is gone");
        }
      }
      assertFalse(verdict.text().isBlank(), verdict.detectedType() + " keeps its text");
    }
  }

  @Test
  void thePolyglotsCopyIsAPdfOnly() {
    Inspection verdict = inspection.inspect(Corpus.pdfZipPolyglot());

    assertFalse(
        new String(verdict.sanitized(), StandardCharsets.ISO_8859_1).contains("PK\u0003\u0004"),
        "the appended ZIP is gone");
  }

  @Test
  void textIsKeptUpToTheLimit() {
    TikaInspection small =
        new TikaInspection(new InspectionLimits(40_000_000L, 20, 100, 3, 100, 2_000));

    assertEquals(20, small.inspect(Corpus.text()).text().length());
    assertTrue(small.inspect(Corpus.docxWithAuthor()).text().length() <= 20);
  }

  private static Path table() throws IOException {
    return Files.createDirectories(Path.of("target")).resolve("attachment-verdicts.tsv");
  }
}
