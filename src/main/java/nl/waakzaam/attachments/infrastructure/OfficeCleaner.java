package nl.waakzaam.attachments.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.waakzaam.attachments.domain.Refusal;

/**
 * The staff copy of a Word, Excel or OpenDocument text file (all ZIP packages): refused with macros
 * or embedded objects, or when it unpacks to far more than its size; else packed anew with empty
 * document properties (author, last editor, company, dates) and without the authors of comments and
 * tracked changes.
 */
final class OfficeCleaner {

  /** No package part is held in memory beyond this, whatever the expansion limit allows. */
  private static final long MAX_PART_BYTES = 50L * 1024 * 1024;

  private static final int MAX_PARTS = 5_000;

  private static final Pattern WORD_AUTHORS = Pattern.compile("(w:(?:author|initials))=\"[^\"]*\"");
  private static final Pattern EXCEL_AUTHORS = Pattern.compile("<author>[^<]*</author>");
  private static final Pattern ODF_CREATORS = Pattern.compile("<dc:creator>[^<]*</dc:creator>");

  private static final String EMPTY_CORE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<cp:coreProperties"
          + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"/>";
  private static final String EMPTY_APP =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Properties"
          + " xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"/>";
  private static final String EMPTY_CUSTOM =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Properties"
          + " xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\"/>";
  private static final String EMPTY_ODF_META =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<office:document-meta"
          + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " office:version=\"1.2\"><office:meta/></office:document-meta>";

  private OfficeCleaner() {}

  static byte[] clean(byte[] content, int maxExpansion) throws RefusedException {
    long maxUnpacked = Math.max(1024L * 1024, (long) content.length * maxExpansion);
    long unpacked = 0;
    int parts = 0;
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(content));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (++parts > MAX_PARTS) {
          throw new RefusedException(Refusal.TOO_COMPLEX);
        }
        String name = entry.getName();
        refuseActiveParts(name);
        byte[] part = read(in, Math.min(MAX_PART_BYTES, maxUnpacked - unpacked));
        unpacked += part.length;
        byte[] cleaned = cleanPart(name, part);
        ZipEntry copy = new ZipEntry(name);
        if (entry.getMethod() == ZipEntry.STORED) {
          CRC32 crc = new CRC32();
          crc.update(cleaned);
          copy.setMethod(ZipEntry.STORED);
          copy.setSize(cleaned.length);
          copy.setCompressedSize(cleaned.length);
          copy.setCrc(crc.getValue());
        }
        zip.putNextEntry(copy);
        zip.write(cleaned);
        zip.closeEntry();
      }
      if (parts == 0) {
        throw new RefusedException(Refusal.UNREADABLE);
      }
    } catch (IOException | RuntimeException e) {
      throw new RefusedException(Refusal.UNREADABLE);
    }
    return out.toByteArray();
  }

  private static void refuseActiveParts(String name) throws RefusedException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("vbaproject.bin")
        || lower.endsWith("vbadata.xml")
        || lower.startsWith("basic/")
        || lower.startsWith("scripts/")) {
      throw new RefusedException(Refusal.MACROS);
    }
    if (lower.contains("/embeddings/")
        || lower.contains("/activex/")
        || lower.startsWith("object ")
        || lower.startsWith("objectreplacements/")) {
      throw new RefusedException(Refusal.ACTIVE_CONTENT);
    }
  }

  private static byte[] cleanPart(String name, byte[] part) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("docprops/core.xml")) {
      return EMPTY_CORE.getBytes(StandardCharsets.UTF_8);
    }
    if (lower.equals("docprops/app.xml")) {
      return EMPTY_APP.getBytes(StandardCharsets.UTF_8);
    }
    if (lower.equals("docprops/custom.xml")) {
      return EMPTY_CUSTOM.getBytes(StandardCharsets.UTF_8);
    }
    if (lower.equals("meta.xml")) {
      return EMPTY_ODF_META.getBytes(StandardCharsets.UTF_8);
    }
    if (lower.startsWith("word/") && lower.endsWith(".xml")) {
      return replace(part, WORD_AUTHORS, "$1=\"\"");
    }
    if (lower.startsWith("xl/comments") && lower.endsWith(".xml")) {
      return replace(part, EXCEL_AUTHORS, "<author></author>");
    }
    if (lower.equals("content.xml") || lower.equals("styles.xml")) {
      return replace(part, ODF_CREATORS, "<dc:creator></dc:creator>");
    }
    return part;
  }

  private static byte[] replace(byte[] xml, Pattern pattern, String replacement) {
    String text = new String(xml, StandardCharsets.UTF_8);
    return pattern.matcher(text).replaceAll(replacement).getBytes(StandardCharsets.UTF_8);
  }

  /** The part, unpacked; a part that unpacks past {@code max} bytes is a compression bomb. */
  private static byte[] read(InputStream in, long max) throws IOException, RefusedException {
    ByteArrayOutputStream part = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
      total += n;
      if (total > max) {
        throw new RefusedException(Refusal.TOO_COMPLEX);
      }
      part.write(buffer, 0, n);
    }
    return part.toByteArray();
  }
}
