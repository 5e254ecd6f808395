package nl.waakzaam.attachments.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import nl.waakzaam.attachments.domain.Refusal;

/**
 * A picture inside a document, cleaned as a photo sent on its own is: decoded and encoded again in
 * its own format, so that no EXIF, XMP or IPTC survives (a phone photo pasted into a Word file
 * keeps its GPS position otherwise). Its pixels are not turned: the document says how it is shown.
 * Vector drawings (EMF, WMF) carry no photo metadata and stay as they are; an SVG stays without its
 * metadata, and is refused when it loads anything from elsewhere. Any other format is refused.
 */
final class EmbeddedImages {

  private static final Pattern SVG_REMOTE =
      Pattern.compile("(?:href|src)\\s*=\\s*[\"']\\s*(?:[a-zA-Z][\\w+.-]*:(?!#)|//)");
  private static final Pattern SVG_METADATA =
      Pattern.compile("<metadata\\b.*?</metadata>", Pattern.DOTALL);

  private EmbeddedImages() {}

  static byte[] clean(byte[] image, long maxPixels) throws RefusedException {
    String format = format(image);
    switch (format) {
      case "jpeg", "png", "gif", "bmp", "tiff" -> {
        ImageCleaner.refuseOversized(image, maxPixels);
        return ImageCleaner.clean(image, format, 1, maxPixels);
      }
      case "emf", "wmf" -> {
        return image;
      }
      case "svg" -> {
        String svg = new String(image, StandardCharsets.UTF_8);
        if (SVG_REMOTE.matcher(svg).find() || svg.contains("<script")) {
          throw new RefusedException(Refusal.EXTERNAL_CONTENT);
        }
        return SVG_METADATA.matcher(svg).replaceAll("").getBytes(StandardCharsets.UTF_8);
      }
      default -> throw new RefusedException(Refusal.TYPE_NOT_ALLOWED);
    }
  }

  /** The format by the first bytes, never by the part's name. */
  static String format(byte[] b) {
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return "jpeg";
    }
    if (starts(b, 0x89, 'P', 'N', 'G')) {
      return "png";
    }
    if (starts(b, 'G', 'I', 'F', '8')) {
      return "gif";
    }
    if (starts(b, 'B', 'M')) {
      return "bmp";
    }
    if (starts(b, 'I', 'I', 0x2A, 0x00) || starts(b, 'M', 'M', 0x00, 0x2A)) {
      return "tiff";
    }
    if (starts(b, 0x01, 0x00, 0x00, 0x00) && b.length > 44 && b[40] == ' ' && b[41] == 'E') {
      return "emf";
    }
    if (starts(b, 0xD7, 0xCD, 0xC6, 0x9A) || starts(b, 0x01, 0x00, 0x09, 0x00)) {
      return "wmf";
    }
    String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.UTF_8).stripLeading();
    if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"))) {
      return "svg";
    }
    return "unknown";
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
