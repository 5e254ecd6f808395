package nl.waakzaam.attachments.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.waakzaam.attachments.domain.Refusal;

/**
 * The staff copy of a Word, Excel, PowerPoint or OpenDocument text file (all ZIP packages), made by
 * structural cleaning (ADR 17). Refused: macros, embedded objects, relationships and field codes
 * that fetch something from elsewhere when the file is opened, and packages that unpack to far more
 * than their size. Else packed anew with every embedded photo decoded and encoded again (so no
 * EXIF, GPS or camera survives), the document properties emptied, the people of comments and
 * changes (names, initials, user and directory ids), revision ids and dates, the folder it was
 * saved in, the template, the printer, thumbnails and custom XML data removed; the content itself,
 * every word of it, stays.
 */
final class OfficeCleaner {

  /** No package part is held in memory beyond this, whatever the expansion limit allows. */
  private static final long MAX_PART_BYTES = 50L * 1024 * 1024;

  private static final int MAX_PARTS = 5_000;

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

  static byte[] clean(byte[] content, int maxExpansion, long maxPixels) throws RefusedException {
    try {
      OfficePackage pack = new OfficePackage(unpack(content, maxExpansion));
      boolean odf = pack.parts().containsKey("mimetype");
      pack.defuseExternalRelationships();
      pack.drop(OfficeCleaner::isDropped);
      for (Map.Entry<String, byte[]> part : pack.parts().entrySet()) {
        part.setValue(cleanPart(part.getKey(), part.getValue(), odf, maxPixels));
      }
      return pack(pack.parts(), odf);
    } catch (IOException | RuntimeException e) {
      throw new RefusedException(Refusal.UNREADABLE);
    }
  }

  /** Thumbnails (a picture of the first page, maybe of an earlier version) and custom XML data. */
  private static boolean isDropped(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("docprops/thumbnail.")
        || lower.startsWith("thumbnails/")
        || lower.startsWith("customxml/");
  }

  private static Map<String, byte[]> unpack(byte[] content, int maxExpansion)
      throws IOException, RefusedException {
    long maxUnpacked = Math.max(1024L * 1024, (long) content.length * maxExpansion);
    long unpacked = 0;
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (parts.size() >= MAX_PARTS) {
          throw new RefusedException(Refusal.TOO_COMPLEX);
        }
        String name = entry.getName();
        refuseActiveParts(name);
        byte[] part = read(in, Math.min(MAX_PART_BYTES, maxUnpacked - unpacked));
        unpacked += part.length;
        if (parts.put(name, part) != null) {
          // Two parts of one name: which one an Office program shows is anyone's guess.
          throw new RefusedException(Refusal.UNREADABLE);
        }
      }
    }
    if (parts.isEmpty()) {
      throw new RefusedException(Refusal.UNREADABLE);
    }
    return parts;
  }

  private static byte[] pack(Map<String, byte[]> parts, boolean odf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(part.getKey());
        byte[] bytes = part.getValue();
        if (odf && part.getKey().equals("mimetype")) {
          // ODF wants its media type first and uncompressed, so that it can be sniffed.
          CRC32 crc = new CRC32();
          crc.update(bytes);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(bytes.length);
          entry.setCompressedSize(bytes.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
      }
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

  private static byte[] cleanPart(String name, byte[] part, boolean odf, long maxPixels)
      throws RefusedException {
    String lower = name.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "docprops/core.xml":
        return OfficeXml.bytes(EMPTY_CORE);
      case "docprops/app.xml":
        return OfficeXml.bytes(EMPTY_APP);
      case "docprops/custom.xml":
        return OfficeXml.bytes(EMPTY_CUSTOM);
      case "meta.xml":
        return OfficeXml.bytes(EMPTY_ODF_META);
      default:
        break;
    }
    if (isMedia(lower)) {
      return EmbeddedImages.clean(part, maxPixels);
    }
    if (lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml")) {
      return odf ? OfficeXml.cleanOdf(part) : OfficeXml.cleanOoxml(name, part);
    }
    return part;
  }

  private static boolean isMedia(String lower) {
    return lower.startsWith("word/media/")
        || lower.startsWith("xl/media/")
        || lower.startsWith("ppt/media/")
        || lower.startsWith("pictures/");
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
