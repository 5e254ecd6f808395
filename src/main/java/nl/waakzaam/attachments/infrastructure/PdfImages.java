package nl.waakzaam.attachments.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import nl.waakzaam.attachments.domain.Refusal;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * The photos inside a PDF. A phone photo placed in a PDF is usually kept as its JPEG file, EXIF and
 * all (GPS position, camera, serial number). Its copy goes through the same decode and encode as a
 * photo sent on its own, so that nothing but pixels is left, in the same size and colour space (the
 * image's mask and colour space are the PDF's, and stay). A JPEG that no decoder here reads (CMYK,
 * YCCK, twelve bits) keeps its compressed pixels and only the segments a viewer needs (JFIF, the
 * colour profile, Adobe's colour transform): EXIF and XMP (APP1), IPTC (APP13), comments and
 * anything after the image's end go. JPEG 2000 images, whose boxes can carry XMP and GeoJP2 but
 * which no library here takes apart safely, refuse the file.
 */
final class PdfImages {

  private static final COSName DCT = COSName.DCT_DECODE;
  private static final COSName JPX = COSName.getPDFName("JPXDecode");

  private PdfImages() {}

  /**
   * @throws RefusedException {@code TOO_MANY_PIXELS} past {@code maxPixels}, {@code
   *     TYPE_NOT_ALLOWED} for JPEG 2000, {@code UNREADABLE} for a broken JPEG stream
   */
  static void clean(COSStream image, long maxPixels) throws RefusedException, IOException {
    long pixels = (long) image.getInt(COSName.WIDTH, 0) * image.getInt(COSName.HEIGHT, 0);
    if (pixels > maxPixels) {
      throw new RefusedException(Refusal.TOO_MANY_PIXELS);
    }
    COSBase filter = image.getDictionaryObject(COSName.FILTER);
    if (filter instanceof COSArray filters) {
      for (COSBase f : filters) {
        if (JPX.equals(f) || DCT.equals(f)) {
          // A JPEG under another filter: rare, and not taken apart here.
          throw new RefusedException(JPX.equals(f) ? Refusal.TYPE_NOT_ALLOWED : Refusal.UNREADABLE);
        }
      }
      return;
    }
    if (JPX.equals(filter)) {
      throw new RefusedException(Refusal.TYPE_NOT_ALLOWED);
    }
    if (!DCT.equals(filter)) {
      // Flate, LZW, run-length, CCITT: pixels only, no metadata segments.
      return;
    }
    byte[] jpeg;
    try (InputStream in = image.createRawInputStream()) {
      jpeg = in.readAllBytes();
    }
    byte[] cleaned;
    if (isPlainJpeg(jpeg)) {
      cleaned = ImageCleaner.clean(jpeg, "jpeg", 1, maxPixels);
    } else {
      cleaned = withoutMetadata(jpeg);
    }
    try (OutputStream out = image.createRawOutputStream()) {
      out.write(cleaned);
    }
  }

  /**
   * Whether the JPEG is what the decoder here reads and the encoder writes back in the same colour
   * space: eight bits, one (grey) or three (colour) components, and no Adobe transform marker that
   * says its colours are stored otherwise.
   */
  static boolean isPlainJpeg(byte[] jpeg) {
    int i = 2;
    while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
      int marker = jpeg[i + 1] & 0xFF;
      int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
      if (marker == 0xEE) {
        return false;
      }
      boolean startOfFrame =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (startOfFrame && i + 9 < jpeg.length) {
        int precision = jpeg[i + 4] & 0xFF;
        int components = jpeg[i + 9] & 0xFF;
        return precision == 8 && (components == 1 || components == 3) && marker <= 0xC2;
      }
      i += 2 + length;
    }
    return false;
  }

  /** A JPEG file with only the segments needed to show it. */
  static byte[] withoutMetadata(byte[] jpeg) throws RefusedException {
    if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
      throw new RefusedException(Refusal.UNREADABLE);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
    out.write(0xFF);
    out.write(0xD8);
    int i = 2;
    while (i + 4 <= jpeg.length) {
      if ((jpeg[i] & 0xFF) != 0xFF) {
        throw new RefusedException(Refusal.UNREADABLE);
      }
      int marker = jpeg[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++; // fill byte
        continue;
      }
      int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
      if (length < 2 || i + 2 + length > jpeg.length) {
        throw new RefusedException(Refusal.UNREADABLE);
      }
      if (marker == 0xDA) {
        // Start of scan: from here the compressed pixels run to the end-of-image marker.
        int end = endOfImage(jpeg, i + 2 + length);
        out.write(jpeg, i, end - i);
        return out.toByteArray();
      }
      if (kept(marker)) {
        out.write(jpeg, i, 2 + length);
      }
      i += 2 + length;
    }
    throw new RefusedException(Refusal.UNREADABLE);
  }

  /**
   * JFIF (APP0), the ICC colour profile (APP2), Adobe's colour transform (APP14), and every segment
   * that is not an application segment or a comment: tables, frame headers, restart intervals.
   */
  private static boolean kept(int marker) {
    boolean application = marker >= 0xE0 && marker <= 0xEF;
    if (application) {
      return marker == 0xE0 || marker == 0xE2 || marker == 0xEE;
    }
    return marker != 0xFE;
  }

  /** The offset just past the end-of-image marker; the scan data never holds an unescaped one. */
  private static int endOfImage(byte[] jpeg, int from) throws RefusedException {
    for (int i = from; i + 1 < jpeg.length; i++) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xD9) {
        return i + 2;
      }
    }
    throw new RefusedException(Refusal.UNREADABLE);
  }
}
