package nl.waakzaam.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files the attachment tests upload, made here with real libraries: good ones that carry
 * identifying metadata (GPS, camera, author), and hostile ones. Nothing is downloaded.
 */
public final class Corpus {

  /** The reporter's name as the metadata of the good files carries it. */
  public static final String AUTHOR = "Jan de Boer";

  private Corpus() {}

  /** A photo with GPS position, camera make and model, artist, and orientation 6 (turned). */
  public static byte[] jpegWithGps() {
    return photo(320, 200, "Fairphone", "FP5 serial 8841", AUTHOR, (short) 6);
  }

  /**
   * A camera-like JPEG of the given size with GPS position, make, model, artist and orientation.
   */
  static byte[] photo(
      int width, int height, String make, String model, String artist, short orientation) {
    try {
      byte[] plain = image("jpeg", width, height);
      TiffOutputSet exif = new TiffOutputSet();
      exif.setGpsInDegrees(5.9123, 51.3704);
      TiffOutputDirectory root = exif.getOrCreateRootDirectory();
      root.add(TiffTagConstants.TIFF_TAG_MAKE, make);
      root.add(TiffTagConstants.TIFF_TAG_MODEL, model);
      root.add(TiffTagConstants.TIFF_TAG_ARTIST, artist);
      root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, orientation);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new ExifRewriter().updateExifMetadataLossless(plain, out, exif);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("Could not write the test photo", e);
    }
  }

  /** A PNG with an Author text chunk. */
  public static byte[] pngWithAuthor() {
    byte[] png = image("png", 200, 120);
    byte[] text = ("Author\0" + AUTHOR).getBytes(StandardCharsets.ISO_8859_1);
    int iend = png.length - 12;
    return concat(
        Arrays.copyOf(png, iend), chunk("tEXt", text), Arrays.copyOfRange(png, iend, png.length));
  }

  /** A PDF with an author in its document information and its XMP metadata. */
  public static byte[] pdfWithMetadata() {
    return pdf(document -> {});
  }

  /** A PDF that runs JavaScript when opened. */
  public static byte[] pdfWithJavaScript() {
    return pdf(d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")));
  }

  /** A PDF that asks for a password. */
  public static byte[] encryptedPdf() {
    return pdf(
        d -> {
          StandardProtectionPolicy policy =
              new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
          policy.setEncryptionKeyLength(128);
          d.protect(policy);
        });
  }

  /** A Word document with author, last editor and company. */
  public static byte[] docxWithAuthor() {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Huurvoorstel voor de loods: 5000 euro per maand.");
      doc.getProperties().getCoreProperties().setCreator(AUTHOR);
      doc.getProperties().getCoreProperties().setLastModifiedByUser(AUTHOR);
      doc.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("De Eik");
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An Excel workbook with an author. */
  public static byte[] xlsxWithAuthor() {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.createSheet("Huur").createRow(0).createCell(0).setCellValue("Contant per maand: 5000");
      book.getProperties().getCoreProperties().setCreator(AUTHOR);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An OpenDocument text with a creator. */
  public static byte[] odtWithCreator() {
    String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    return zip(
        new String[] {"mimetype", "META-INF/manifest.xml", "content.xml", "meta.xml"},
        new String[] {
          "application/vnd.oasis.opendocument.text",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
              + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
              + " manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\""
              + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
              + "<manifest:file-entry manifest:full-path=\"content.xml\""
              + " manifest:media-type=\"text/xml\"/><manifest:file-entry"
              + " manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
              + "</manifest:manifest>",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\""
              + office
              + "\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
              + " office:version=\"1.2\"><office:body><office:text><text:p>Boot zonder lichten"
              + " om drie uur.</text:p></office:text></office:body></office:document-content>",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta xmlns:office=\""
              + office
              + "\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
              + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\">"
              + "<office:meta><meta:initial-creator>"
              + AUTHOR
              + "</meta:initial-creator><dc:creator>"
              + AUTHOR
              + "</dc:creator></office:meta></office:document-meta>"
        },
        true);
  }

  /** What Tika reads of a file's metadata: for checking that a clean copy holds none. */
  public static org.apache.tika.metadata.Metadata metadataOf(byte[] content) throws Exception {
    org.apache.tika.metadata.Metadata metadata = new org.apache.tika.metadata.Metadata();
    new org.apache.tika.parser.AutoDetectParser()
        .parse(
            new java.io.ByteArrayInputStream(content),
            new org.apache.tika.sax.BodyContentHandler(-1),
            metadata,
            new org.apache.tika.parser.ParseContext());
    return metadata;
  }

  public static byte[] text() {
    return "Op 28 november, 03:10 uur: de Zeemeeuw vertrok zonder lichten. Kenteken busje 12-ABC-3.\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A Windows executable, named anything. */
  public static byte[] executable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    ByteBuffer.wrap(exe).putInt(0x3c, Integer.reverseBytes(0x80));
    System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
    return exe;
  }

  public static byte[] html() {
    return "<!DOCTYPE html><html><body><script>document.location='https://evil.example'</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] svgWithScript() {
    return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
            + " height=\"10\"><script>alert(document.cookie)</script></svg>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A ZIP of 100 MB of zeros, some 100 kB packed. */
  public static byte[] zipBomb() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("zeros.bin"));
      zeros(zip, 100L * 1024 * 1024);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A Word document with a part that unpacks to 60 MB of zeros. */
  public static byte[] docxBomb() {
    return rewriteZip(
        docxWithAuthor(),
        (name, bytes) -> bytes,
        zip -> {
          zip.setLevel(Deflater.BEST_COMPRESSION);
          zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
          zeros(zip, 60L * 1024 * 1024);
          zip.closeEntry();
        });
  }

  /** A ZIP in a ZIP, twenty deep. */
  public static byte[] nestedArchive() {
    byte[] inner = "the middle".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 20; i++) {
      inner = zip(new String[] {"level" + i + ".zip"}, new byte[][] {inner});
    }
    return inner;
  }

  /** A PDF with a ZIP behind it: valid as both. */
  public static byte[] pdfZipPolyglot() {
    return concat(pdfWithMetadata(), zip(new String[] {"payload.js"}, new byte[][] {html()}));
  }

  /** The first half of a PNG. */
  public static byte[] truncatedPng() {
    byte[] png = image("png", 400, 300);
    return Arrays.copyOf(png, png.length / 2);
  }

  /** A grey PNG of 50,000 × 50,000 pixels: 2.5 gigapixels in about 300 kB. */
  public static byte[] pixelFlood() {
    int size = 50_000;
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(size)
        .putInt(size)
        .put((byte) 1)
        .put((byte) 0)
        .put((byte) 0)
        .put((byte) 0)
        .put((byte) 0);
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate =
        new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
      zeros(deflate, (long) size * (1 + size / 8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return concat(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
        chunk("IHDR", ihdr.array()),
        chunk("IDAT", idat.toByteArray()),
        chunk("IEND", new byte[0]));
  }

  /** A Word document with macros (a .docm). */
  public static byte[] docm() {
    return rewriteZip(
        docxWithAuthor(),
        (name, bytes) ->
            name.equals("[Content_Types].xml")
                ? new String(bytes, StandardCharsets.UTF_8)
                    .replace(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml")
                    .getBytes(StandardCharsets.UTF_8)
                : bytes,
        zip -> {
          zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
          zip.write(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 1, 2, 3});
          zip.closeEntry();
        });
  }

  /** The start of an HEIC photo (an ISO base media file of brand heic). */
  public static byte[] heic() {
    ByteBuffer box = ByteBuffer.allocate(64);
    box.putInt(24).put("ftypheic".getBytes(StandardCharsets.US_ASCII)).putInt(0);
    box.put("mif1heic".getBytes(StandardCharsets.US_ASCII));
    box.putInt(40).put("meta".getBytes(StandardCharsets.US_ASCII));
    return box.array();
  }

  // Helpers.

  private interface DocumentChange {
    void apply(PDDocument document) throws IOException;
  }

  private static byte[] pdf(DocumentChange change) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        text.showText("Huurvoorstel loods: 5000 euro per maand, contant.");
        text.endText();
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setAuthor(AUTHOR);
      info.setCreator("Boerderij Office");
      String xmp =
          "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
              + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
              + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
              + "<dc:creator><rdf:Seq><rdf:li>"
              + AUTHOR
              + "</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
              + "<?xpacket end=\"w\"?>";
      document
          .getDocumentCatalog()
          .setMetadata(
              new PDMetadata(
                  document, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8))));
      change.apply(document);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] image(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(30, 90, 160));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.fillRect(10, 10, width / 3, height / 4);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] chunk(String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length)
        .putInt(data.length)
        .put(typeBytes)
        .put(data)
        .putInt((int) crc.getValue())
        .array();
  }

  private static void zeros(OutputStream out, long count) throws IOException {
    byte[] block = new byte[64 * 1024];
    for (long left = count; left > 0; left -= block.length) {
      out.write(block, 0, (int) Math.min(block.length, left));
    }
  }

  private static byte[] zip(String[] names, String[] contents, boolean firstStored) {
    byte[][] bytes = new byte[contents.length][];
    for (int i = 0; i < contents.length; i++) {
      bytes[i] = contents[i].getBytes(StandardCharsets.UTF_8);
    }
    return zip(names, bytes, firstStored);
  }

  private static byte[] zip(String[] names, byte[][] contents) {
    return zip(names, contents, false);
  }

  private static byte[] zip(String[] names, byte[][] contents, boolean firstStored) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < names.length; i++) {
        ZipEntry entry = new ZipEntry(names[i]);
        if (i == 0 && firstStored) {
          CRC32 crc = new CRC32();
          crc.update(contents[i]);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(contents[i].length);
          entry.setCompressedSize(contents[i].length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(contents[i]);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private interface PartChange {
    byte[] apply(String name, byte[] bytes);
  }

  private interface Addition {
    void write(ZipOutputStream zip) throws IOException;
  }

  private static byte[] rewriteZip(byte[] original, PartChange change, Addition addition) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(change.apply(e.getName(), in.readAllBytes()));
        zip.closeEntry();
      }
      addition.write(zip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
