package nl.waakzaam.testing;

import java.awt.Rectangle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Documents as reporters really send them, made here with POI, PDFBox and Commons Imaging, with a
 * marker in every place where Office programs and phones leave who, where and with what: the pasted
 * photo's EXIF (camera, artist, GPS), document properties, the people of comments and tracked
 * changes with their user ids, revision ids, the template path, the folder the file was saved in,
 * thumbnails, the printer, annotation authors and the PDF's file identifier. Every marker starts
 * with {@link #MARK}, so a clean copy holds none when the text {@code ZQX} is nowhere in it.
 */
public final class MarkedCorpus {

  /** What every marker starts with; found nowhere in the visible text. */
  public static final String MARK = "ZQX";

  /** Revision session id of the Word file: hex, as Word writes them. */
  public static final String RSID = "00C0FFEE";

  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  private MarkedCorpus() {}

  /** The visible text of each document, which the copy must keep. */
  public static final String DOCX_TEXT = "Huurvoorstel voor de loods";

  public static final String XLSX_TEXT = "Contant per maand";
  public static final String PPTX_TEXT = "Ligplaats veertien";
  public static final String ODT_TEXT = "Boot zonder lichten";
  public static final String PDF_TEXT = "Boot zonder naam";

  /** A phone photo: GPS position, camera make and model with serial, and the artist. */
  public static byte[] photo(String place) {
    return Corpus.photo(
        240, 160, MARK + "CAMERA" + place, MARK + "MODEL serial 8841", MARK + "ARTIST", (short) 1);
  }

  /**
   * A Word file with a pasted GPS photo, a comment by a person of {@code people.xml} (name, user
   * id), a tracked change, revision ids, a custom template on the author's disk, a thumbnail, and
   * the author in its properties.
   */
  public static byte[] docx() {
    byte[] base;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFRun run = doc.createParagraph().createRun();
      run.setText(DOCX_TEXT + ": 5000 euro per maand, contant.");
      run.addPicture(
          new ByteArrayInputStream(photo("DOCX")),
          Document.PICTURE_TYPE_JPEG,
          "foto.jpg",
          9525 * 240,
          9525 * 160);
      doc.getProperties().getCoreProperties().setCreator(MARK + "AUTHOR");
      doc.getProperties()
          .getExtendedProperties()
          .getUnderlyingProperties()
          .setTemplate(MARK + "TEMPLATE.dotm");
      doc.write(out);
      base = out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return rewrite(
        base,
        parts -> {
          edit(
              parts,
              "word/document.xml",
              xml ->
                  xml.replaceFirst(
                          "<w:p>",
                          "<w:p w:rsidR=\""
                              + RSID
                              + "\" w:rsidRDefault=\""
                              + RSID
                              + "\">"
                              + "<w:commentRangeStart w:id=\"0\"/>")
                      .replaceFirst(
                          "</w:p>",
                          "<w:ins w:id=\"901\" w:author=\""
                              + MARK
                              + "TRACKER\" w:date=\"2026-11-30T10:00:00Z\"><w:r><w:t> erbij</w:t></w:r></w:ins>"
                              + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"));
          parts.put(
              "word/comments.xml",
              bytes(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:comments xmlns:w=\""
                      + W_NS
                      + "\"><w:comment w:id=\"0\" w:author=\""
                      + MARK
                      + "COMMENTER\" w:initials=\""
                      + MARK
                      + "IN\" w:date=\"2026-11-30T10:00:00Z\"><w:p><w:r><w:t>Zie de foto</w:t></w:r></w:p>"
                      + "</w:comment></w:comments>"));
          parts.put(
              "word/people.xml",
              bytes(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w15:people"
                      + " xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
                      + "<w15:person w15:author=\""
                      + MARK
                      + "PEOPLE\"><w15:presenceInfo w15:providerId=\"AD\" w15:userId=\"S::"
                      + MARK
                      + "USERID@boerderij.nl::4f2a\"/></w15:person></w15:people>"));
          edit(
              parts,
              "word/_rels/document.xml.rels",
              xml ->
                  xml.replace(
                      "</Relationships>",
                      "<Relationship Id=\"rIdZc\" Type=\""
                          + REL_NS
                          + "/comments\" Target=\"comments.xml\"/><Relationship Id=\"rIdZp\""
                          + " Type=\"http://schemas.microsoft.com/office/2011/relationships/people\""
                          + " Target=\"people.xml\"/></Relationships>"));
          edit(
              parts,
              "[Content_Types].xml",
              xml ->
                  xml.replace(
                      "</Types>",
                      "<Override PartName=\"/word/comments.xml\" ContentType=\"application/"
                          + "vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"
                          + "<Override PartName=\"/word/people.xml\" ContentType=\"application/"
                          + "vnd.openxmlformats-officedocument.wordprocessingml.people+xml\"/>"
                          + "<Override PartName=\"/docProps/thumbnail.jpeg\""
                          + " ContentType=\"image/jpeg\"/></Types>"));
          edit(
              parts,
              "word/settings.xml",
              xml ->
                  xml.replaceFirst(
                      "(<w:settings[^>]*>)",
                      "$1<w:attachedTemplate xmlns:r=\""
                          + REL_NS
                          + "\" r:id=\"rIdZt\"/><w:rsids><w:rsidRoot w:val=\""
                          + RSID
                          + "\"/><w:rsid w:val=\""
                          + RSID
                          + "\"/></w:rsids>"));
          parts.put(
              "word/_rels/settings.xml.rels",
              templateRelationship(
                  "file:///C:/Users/" + MARK + "USER/Documents/Sjablonen/Offerte.dotx"));
          addThumbnail(parts, "docProps/thumbnail.jpeg", photo("THUMB"));
        });
  }

  /** A Word file whose template is fetched from {@code url} when it is opened. */
  public static byte[] docxWithRemoteTemplate(String url) {
    return rewrite(
        docx(), parts -> parts.put("word/_rels/settings.xml.rels", templateRelationship(url)));
  }

  /** The relationships of Word's settings: the template the document was made from. */
  private static byte[] templateRelationship(String target) {
    return bytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\""
            + PKG_REL
            + "\"><Relationship Id=\"rIdZt\" Type=\""
            + REL_NS
            + "/attachedTemplate\" Target=\""
            + target
            + "\" TargetMode=\"External\"/></Relationships>");
  }

  /** A Word file that shows a picture fetched from {@code url}: a beacon. */
  public static byte[] docxWithRemoteImage(String url) {
    return rewrite(
        docx(),
        parts ->
            edit(
                parts,
                "word/_rels/document.xml.rels",
                xml ->
                    xml.replace(
                        "</Relationships>",
                        "<Relationship Id=\"rIdZr\" Type=\""
                            + REL_NS
                            + "/image\" Target=\""
                            + url
                            + "\" TargetMode=\"External\"/></Relationships>")));
  }

  /** A Word file with a field that includes a picture from {@code url} when the fields update. */
  public static byte[] docxWithIncludePicture(String url) {
    return rewrite(
        docx(),
        parts ->
            edit(
                parts,
                "word/document.xml",
                xml ->
                    xml.replaceFirst(
                        "</w:body>",
                        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>"
                            + " INCLUDEPICTURE \""
                            + url
                            + "\" \\d </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/>"
                            + "</w:r></w:p></w:body>")));
  }

  /** An Excel workbook with a legacy comment, a threaded comment's person, the saved-in folder. */
  public static byte[] xlsx() {
    byte[] base;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("Huur");
      XSSFCell cell = sheet.createRow(0).createCell(0);
      cell.setCellValue(XLSX_TEXT + ": 5000");
      Drawing<?> drawing = sheet.createDrawingPatriarch();
      ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(new XSSFRichTextString("Klopt dit bedrag?"));
      comment.setAuthor(MARK + "LEGACY");
      cell.setCellComment(comment);
      book.getProperties().getCoreProperties().setCreator(MARK + "AUTHOR");
      book.write(out);
      base = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rewrite(
        base,
        parts -> {
          edit(
              parts,
              "xl/workbook.xml",
              xml ->
                  xml.replaceFirst(
                      "(<workbook[^>]*>)",
                      "$1<mc:AlternateContent"
                          + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                          + "<mc:Choice Requires=\"x15\"><x15ac:absPath url=\"C:\\\\Users\\\\"
                          + MARK
                          + "USER\\\\Documents\\\\\" xmlns:x15ac=\""
                          + "http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac\"/>"
                          + "</mc:Choice></mc:AlternateContent>"));
          parts.put(
              "xl/persons/person.xml",
              bytes(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><personList"
                      + " xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments\">"
                      + "<person displayName=\""
                      + MARK
                      + "PERSON\" id=\"{5B1C}\" userId=\""
                      + MARK
                      + "USERID@haven.nl\" providerId=\"AD\"/></personList>"));
          parts.put(
              "xl/threadedComments/threadedComment1.xml",
              bytes(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><ThreadedComments"
                      + " xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments\">"
                      + "<threadedComment ref=\"A1\" personId=\"{5B1C}\" id=\"{77}\"><text>Klopt dit?"
                      + "</text></threadedComment></ThreadedComments>"));
        });
  }

  /** A PowerPoint deck with a pasted GPS photo and a comment author. */
  public static byte[] pptx() {
    byte[] base;
    try (XMLSlideShow deck = new XMLSlideShow();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSLFSlide slide = deck.createSlide();
      XSLFTextBox box = slide.createTextBox();
      box.setText(PPTX_TEXT + ": schip zonder naam, elke nacht weg.");
      box.setAnchor(new Rectangle(40, 40, 500, 60));
      XSLFPictureData picture = deck.addPicture(photo("PPTX"), PictureData.PictureType.JPEG);
      slide.createPicture(picture).setAnchor(new Rectangle(40, 120, 240, 160));
      deck.getProperties().getCoreProperties().setCreator(MARK + "AUTHOR");
      deck.write(out);
      base = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rewrite(
        base,
        parts ->
            parts.put(
                "ppt/commentAuthors.xml",
                bytes(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:cmAuthorLst"
                        + " xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\">"
                        + "<p:cmAuthor id=\"0\" name=\""
                        + MARK
                        + "COMMENTER\" initials=\""
                        + MARK
                        + "I\" lastIdx=\"1\" clrIdx=\"0\"/></p:cmAuthorLst>")));
  }

  /**
   * An OpenDocument text with an embedded GPS photo, an annotation, a tracked change, a printer.
   */
  public static byte[] odt() {
    String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("mimetype", bytes("application/vnd.oasis.opendocument.text"));
    parts.put(
        "META-INF/manifest.xml",
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"settings.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"Pictures/foto.jpg\" manifest:media-type=\"image/jpeg\"/>"
                + "<manifest:file-entry manifest:full-path=\"Thumbnails/thumbnail.png\""
                + " manifest:media-type=\"image/png\"/></manifest:manifest>"));
    parts.put(
        "content.xml",
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\""
                + office
                + "\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:body>"
                + "<office:text><text:tracked-changes><text:changed-region text:id=\"ct1\"><text:insertion>"
                + "<office:change-info><dc:creator>"
                + MARK
                + "TRACKER</dc:creator><dc:date>2026-11-30T10:00:00</dc:date></office:change-info>"
                + "</text:insertion></text:changed-region></text:tracked-changes><text:p>"
                + ODT_TEXT
                + " om drie uur.<office:annotation><dc:creator>"
                + MARK
                + "ANNOTATOR</dc:creator><dc:date>2026-11-30T10:00:00</dc:date><text:p>Let op</text:p>"
                + "</office:annotation></text:p><text:p><draw:frame draw:name=\"foto\"><draw:image"
                + " xlink:href=\"Pictures/foto.jpg\" xlink:type=\"simple\"/></draw:frame></text:p>"
                + "</office:text></office:body></office:document-content>"));
    parts.put(
        "meta.xml",
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta xmlns:office=\""
                + office
                + "\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta>"
                + "<meta:initial-creator>"
                + MARK
                + "AUTHOR</meta:initial-creator></office:meta></office:document-meta>"));
    parts.put(
        "settings.xml",
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-settings xmlns:office=\""
                + office
                + "\" xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" office:version=\"1.2\">"
                + "<office:settings><config:config-item-set config:name=\"ooo:configuration-settings\">"
                + "<config:config-item config:name=\"PrinterName\" config:type=\"string\">"
                + MARK
                + "PRINTER kantoor</config:config-item></config:config-item-set></office:settings>"
                + "</office:document-settings>"));
    parts.put("Pictures/foto.jpg", photo("ODT"));
    parts.put("Thumbnails/thumbnail.png", pngWithText(MARK + "THUMBNAIL"));
    return zip(parts);
  }

  /**
   * A PDF with a GPS photo (its JPEG with EXIF as the image stream, and XMP on the image), a note
   * annotation by an author, a page thumbnail, a file identifier, and an author in its document
   * information and XMP.
   */
  public static byte[] pdf() {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject photo = JPEGFactory.createFromByteArray(doc, photo("PDF"));
      PDMetadata imageXmp = new PDMetadata(doc);
      imageXmp.importXMPMetadata(
          bytes("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">" + MARK + "IMAGEXMP</x:xmpmeta>"));
      photo.getCOSObject().setItem(COSName.METADATA, imageXmp);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        content.newLineAtOffset(60, 760);
        content.showText(PDF_TEXT + " aan steiger 3.");
        content.endText();
        content.drawImage(photo, 60, 500, 240, 160);
      }
      PDAnnotationText note = new PDAnnotationText();
      note.setRectangle(new PDRectangle(320, 700, 20, 20));
      note.setContents("Zie de boot");
      note.setTitlePopup(MARK + "ANNOTATOR");
      note.setModifiedDate(Calendar.getInstance());
      page.getAnnotations().add(note);
      PDImageXObject thumbnail = JPEGFactory.createFromByteArray(doc, photo("THUMB"));
      page.getCOSObject().setItem(COSName.getPDFName("Thumb"), thumbnail);
      doc.getDocumentInformation().setAuthor(MARK + "AUTHOR");
      PDMetadata xmp = new PDMetadata(doc);
      xmp.importXMPMetadata(
          bytes("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">" + MARK + "XMP</x:xmpmeta>"));
      doc.getDocumentCatalog().setMetadata(xmp);
      COSArray id = new COSArray();
      id.add(new COSString(MARK + "FILEID-ONE"));
      id.add(new COSString(MARK + "FILEID-TWO"));
      doc.getDocument().getTrailer().setItem(COSName.ID, id);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parts of a ZIP package, by name. */
  public static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  private static void addThumbnail(Map<String, byte[]> parts, String name, byte[] image) {
    parts.put(name, image);
    edit(
        parts,
        "_rels/.rels",
        xml ->
            xml.replace(
                "</Relationships>",
                "<Relationship Id=\"rIdZth\" Type=\""
                    + PKG_REL
                    + "/metadata/thumbnail\" Target=\""
                    + name
                    + "\"/></Relationships>"));
  }

  private static void edit(Map<String, byte[]> parts, String name, UnaryOperator<String> change) {
    byte[] part = parts.get(name);
    if (part == null) {
      throw new IllegalStateException("No part " + name);
    }
    parts.put(name, bytes(change.apply(new String(part, StandardCharsets.UTF_8))));
  }

  private interface PartsChange {
    void apply(Map<String, byte[]> parts);
  }

  private static byte[] rewrite(byte[] zip, PartsChange change) {
    Map<String, byte[]> parts = unzip(zip);
    change.apply(parts);
    return zip(parts);
  }

  private static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(part.getKey());
        if (part.getKey().equals("mimetype")) {
          CRC32 crc = new CRC32();
          crc.update(part.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(part.getValue().length);
          entry.setCompressedSize(part.getValue().length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] pngWithText(String text) {
    byte[] png = Corpus.image("png", 64, 64);
    byte[] chunk = Corpus.chunk("tEXt", ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1));
    int iend = png.length - 12;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, iend);
    out.writeBytes(chunk);
    out.write(png, iend, 12);
    return out.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
