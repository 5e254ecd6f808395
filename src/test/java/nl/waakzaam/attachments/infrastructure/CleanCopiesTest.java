package nl.waakzaam.attachments.infrastructure;

import static nl.waakzaam.testing.MarkedCorpus.MARK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.GpsDirectory;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.waakzaam.attachments.domain.Inspection;
import nl.waakzaam.attachments.domain.Refusal;
import nl.waakzaam.testing.MarkedCorpus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promise that a file cannot betray its reporter, tried on the documents reporters really send:
 * a marker in every place where metadata hides, and the staff copy opened as staff would open it
 * (POI, PDFBox, ImageIO, a walk through every part and every stream). No marker, no GPS tag, no
 * camera survives; the text the reporter meant to send does. Documents that would fetch something
 * when opened are refused or defused, and a local listener sees that nothing is fetched.
 */
class CleanCopiesTest {

  private static TikaInspection inspection;
  private static HttpServer listener;
  private static final AtomicInteger REQUESTS = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    inspection = new TikaInspection(InspectionLimits.DEFAULTS);
    listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    listener.createContext(
        "/",
        exchange -> {
          REQUESTS.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    listener.start();
  }

  @AfterAll
  static void stop() {
    listener.stop(0);
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        document(
            "docx: GPS photo, comments, people, tracked change, template, thumbnail",
            MarkedCorpus::docx),
        document(
            "xlsx: persons, threaded and legacy comments, saved-in folder", MarkedCorpus::xlsx),
        document("pptx: GPS photo, comment author", MarkedCorpus::pptx),
        document(
            "odt: GPS photo, annotation, tracked change, printer, thumbnail", MarkedCorpus::odt));
  }

  private static Arguments document(String name, Supplier<byte[]> file) {
    return Arguments.of(name, file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void anOfficeCopyCarriesNothingButTheContent(String name, Supplier<byte[]> file)
      throws Exception {
    byte[] original = file.get();
    assertTrue(contains(original, MARK) || anyPart(original), "the original carries markers");

    Inspection verdict = inspection.inspect(original);

    assertTrue(verdict.isAccepted(), name + ": " + verdict.refusal());
    Map<String, byte[]> parts = MarkedCorpus.unzip(verdict.sanitized());
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      assertFalse(contains(part.getValue(), MARK), name + ": a marker in " + part.getKey());
      assertFalse(
          contains(part.getValue(), MarkedCorpus.RSID),
          name + ": a revision id in " + part.getKey());
      assertFalse(
          contains(part.getValue(), "C:\\Users") || contains(part.getValue(), "file:///"),
          name + ": a user path in " + part.getKey());
      if (isPicture(part.getValue())) {
        assertNoMetadata(part.getKey(), part.getValue());
      }
    }
    assertFalse(
        parts.keySet().stream().anyMatch(p -> p.toLowerCase().contains("thumbnail")),
        name + ": the thumbnail is gone");
    assertFalse(verdict.text().contains(MARK), name + ": the extracted text has no marker");
    String visible = visibleText(name, verdict.sanitized());
    assertTrue(!visible.isBlank() && !visible.contains(MARK), name + ": " + visible);
  }

  @Test
  void aPdfCopyCarriesNothingButTheContent() throws Exception {
    byte[] original = MarkedCorpus.pdf();

    Inspection verdict = inspection.inspect(original);

    assertTrue(verdict.isAccepted(), String.valueOf(verdict.refusal()));
    try (PDDocument copy = Loader.loadPDF(verdict.sanitized())) {
      assertTrue(new PDFTextStripper().getText(copy).contains(MarkedCorpus.PDF_TEXT));
      List<String> found = new ArrayList<>();
      int photos = 0;
      for (COSObjectKey key : copy.getDocument().getXrefTable().keySet()) {
        COSBase object = copy.getDocument().getObjectFromPool(key).getObject();
        walk(object, found);
        if (object instanceof COSStream stream) {
          byte[] decoded;
          try (InputStream in = stream.createInputStream()) {
            decoded = in.readAllBytes();
          }
          if (contains(decoded, MARK)) {
            found.add("stream " + key);
          }
          if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
              && COSName.DCT_DECODE.equals(stream.getDictionaryObject(COSName.FILTER))) {
            try (InputStream jpeg = stream.createRawInputStream()) {
              assertNoMetadata("image " + key, jpeg.readAllBytes());
            }
            photos++;
          }
          assertFalse(stream.containsKey(COSName.METADATA), "XMP on " + key);
        }
      }
      walk(copy.getDocument().getTrailer(), found);
      assertEquals(List.of(), found, "markers in the PDF copy");
      assertEquals(1, photos, "the photo stays, cleaned; the thumbnail's image is gone");
      assertFalse(copy.getPage(0).getCOSObject().containsKey(COSName.getPDFName("Thumb")));
      assertEquals(1, copy.getPage(0).getAnnotations().size(), "the note itself stays");
      assertEquals("Zie de boot", copy.getPage(0).getAnnotations().get(0).getContents());
    }
    assertFalse(contains(verdict.sanitized(), MARK), "no marker in the file's bytes either");
  }

  @Test
  void aJpegTheDecoderCannotReadKeepsItsPixelsButNoneOfItsMetadata() throws Exception {
    byte[] photo = MarkedCorpus.photo("ADOBE");
    // An Adobe colour-transform segment, as CMYK and YCCK JPEGs carry: the decoder here does not
    // read those, so the segments are taken apart instead.
    byte[] adobe = {
      (byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 1
    };
    byte[] marked = new byte[photo.length + adobe.length];
    System.arraycopy(photo, 0, marked, 0, 2);
    System.arraycopy(adobe, 0, marked, 2, adobe.length);
    System.arraycopy(photo, 2, marked, 2 + adobe.length, photo.length - 2);
    assertFalse(PdfImages.isPlainJpeg(marked));
    assertTrue(PdfImages.isPlainJpeg(photo));

    byte[] stripped = PdfImages.withoutMetadata(marked);

    assertNoMetadata("stripped", stripped);
    assertFalse(contains(stripped, MARK));
    assertTrue(contains(stripped, "Adobe"), "the segment a viewer needs stays");
    assertEquals(240, javax.imageio.ImageIO.read(new ByteArrayInputStream(photo)).getWidth());
    assertTrue(stripped.length > photo.length / 2, "the pixels stay");
  }

  @Test
  void aRemoteTemplateIsDroppedAndNeverFetched() throws Exception {
    int before = REQUESTS.get();
    byte[] original = MarkedCorpus.docxWithRemoteTemplate(url("/sjabloon.dotx"));

    Inspection verdict = inspection.inspect(original);

    assertTrue(verdict.isAccepted(), String.valueOf(verdict.refusal()));
    Map<String, byte[]> parts = MarkedCorpus.unzip(verdict.sanitized());
    parts.forEach(
        (name, part) ->
            assertFalse(contains(part, "127.0.0.1"), "the template's address in " + name));
    try (XWPFDocument copy = new XWPFDocument(new ByteArrayInputStream(verdict.sanitized()))) {
      assertTrue(new XWPFWordExtractor(copy).getText().contains(MarkedCorpus.DOCX_TEXT));
    }
    assertEquals(before, REQUESTS.get(), "nothing was fetched");
  }

  @Test
  void aRemotePictureOrAnIncludedFileIsRefusedAndNeverFetched() {
    int before = REQUESTS.get();

    Inspection beacon = inspection.inspect(MarkedCorpus.docxWithRemoteImage(url("/beacon.png")));
    Inspection field = inspection.inspect(MarkedCorpus.docxWithIncludePicture(url("/foto.jpg")));

    assertEquals(Refusal.EXTERNAL_CONTENT, beacon.refusal().orElseThrow());
    assertEquals(Refusal.EXTERNAL_CONTENT, field.refusal().orElseThrow());
    assertEquals(before, REQUESTS.get(), "nothing was fetched");
  }

  @Test
  void theListenerWouldHaveSeenAFetch() throws Exception {
    int before = REQUESTS.get();
    try (InputStream in = new java.net.URL(url("/probe")).openStream()) {
      in.readAllBytes();
    }
    assertEquals(before + 1, REQUESTS.get(), "the listener counts what reaches it");
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + listener.getAddress().getPort() + path;
  }

  private static void assertNoMetadata(String where, byte[] image) throws Exception {
    com.drew.metadata.Metadata metadata =
        ImageMetadataReader.readMetadata(new ByteArrayInputStream(image));
    assertEquals(0, metadata.getDirectoriesOfType(GpsDirectory.class).size(), where + ": GPS");
    for (Directory directory : metadata.getDirectories()) {
      for (Tag tag : directory.getTags()) {
        assertFalse(
            tag.getDescription() != null && tag.getDescription().contains(MARK),
            where + ": " + directory.getName() + " " + tag.getTagName());
      }
      assertFalse(directory.getName().startsWith("Exif"), where + ": " + directory.getName());
    }
  }

  private static void walk(COSBase base, List<String> found) {
    java.util.Deque<COSBase> todo = new java.util.ArrayDeque<>();
    java.util.Set<COSBase> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    todo.push(base);
    while (!todo.isEmpty()) {
      COSBase item = todo.pop();
      if (item == null || !seen.add(item)) {
        continue;
      }
      if (item instanceof COSString s && s.getString().contains(MARK)) {
        found.add("string " + s.getString());
      } else if (item instanceof COSName n && n.getName().contains(MARK)) {
        found.add("name " + n.getName());
      } else if (item instanceof COSDictionary d) {
        d.getValues().stream().filter(v -> !(v instanceof COSObject)).forEach(todo::push);
      } else if (item instanceof org.apache.pdfbox.cos.COSArray a) {
        a.forEach(
            v -> {
              if (!(v instanceof COSObject)) {
                todo.push(v);
              }
            });
      }
    }
  }

  private static String visibleText(String name, byte[] copy) throws IOException {
    InputStream in = new ByteArrayInputStream(copy);
    if (name.startsWith("docx")) {
      try (XWPFDocument doc = new XWPFDocument(in)) {
        String text = new XWPFWordExtractor(doc).getText();
        assertTrue(text.contains(MarkedCorpus.DOCX_TEXT), text);
        assertEquals(1, doc.getAllPictures().size(), "the photo stays, cleaned");
        return text;
      }
    }
    if (name.startsWith("xlsx")) {
      try (XSSFWorkbook book = new XSSFWorkbook(in)) {
        String text = book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
        assertTrue(text.contains(MarkedCorpus.XLSX_TEXT), text);
        assertEquals(
            "Klopt dit bedrag?",
            book.getSheetAt(0).getRow(0).getCell(0).getCellComment().getString().getString(),
            "the comment itself stays");
        return text;
      }
    }
    if (name.startsWith("pptx")) {
      try (XMLSlideShow deck = new XMLSlideShow(in)) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : deck.getSlides().get(0).getShapes()) {
          if (shape instanceof XSLFTextShape t) {
            text.append(t.getText());
          }
        }
        assertTrue(text.toString().contains(MarkedCorpus.PPTX_TEXT), text.toString());
        assertEquals(1, deck.getPictureData().size(), "the photo stays, cleaned");
        return text.toString();
      }
    }
    String content =
        new String(MarkedCorpus.unzip(copy).get("content.xml"), StandardCharsets.UTF_8);
    assertTrue(content.contains(MarkedCorpus.ODT_TEXT), content);
    assertTrue(
        MarkedCorpus.unzip(copy).containsKey("Pictures/foto.jpg"), "the photo stays, cleaned");
    return content;
  }

  private static boolean isPicture(byte[] b) {
    return b.length > 4
        && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8)
            || ((b[0] & 0xFF) == 0x89 && b[1] == 'P'));
  }

  private static boolean anyPart(byte[] zip) {
    return MarkedCorpus.unzip(zip).values().stream().anyMatch(p -> contains(p, MARK));
  }

  private static boolean contains(byte[] haystack, String needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
  }
}
