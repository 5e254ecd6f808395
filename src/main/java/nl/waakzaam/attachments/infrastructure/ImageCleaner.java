package nl.waakzaam.attachments.infrastructure;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import nl.waakzaam.attachments.domain.Refusal;

/**
 * A photo's staff copy: the pixels only, decoded and encoded again, so that no EXIF, XMP or IPTC
 * (GPS position, camera serial, author) survives. The size is read from the header before any pixel
 * is decoded, so a pixel flood is refused without using memory. The EXIF orientation is applied to
 * the pixels, as it goes with the rest of the metadata.
 */
final class ImageCleaner {

  private static final float JPEG_QUALITY = 0.9f;

  private ImageCleaner() {}

  /**
   * @param format {@code jpeg} or {@code png}
   * @param orientation the EXIF orientation (1 to 8), or 1
   */
  static byte[] clean(byte[] content, String format, int orientation, long maxPixels)
      throws RefusedException {
    BufferedImage image = decode(content, maxPixels);
    BufferedImage upright = rotate(image, orientation);
    try {
      return encode(upright, format);
    } catch (IOException e) {
      throw new RefusedException(Refusal.UNREADABLE);
    }
  }

  /**
   * The EXIF orientation (1 to 8) of a JPEG or PNG, or 1 when it has none or it cannot be read:
   * only the EXIF segment is read, not the pixels nor any other metadata.
   */
  static int orientation(byte[] content, boolean jpeg) {
    try {
      com.drew.metadata.Metadata metadata =
          jpeg
              ? JpegMetadataReader.readMetadata(
                  new ByteArrayInputStream(content), List.of(new ExifReader()))
              : PngMetadataReader.readMetadata(new ByteArrayInputStream(content));
      ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
      if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
        return 1;
      }
      int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
      return orientation >= 1 && orientation <= 8 ? orientation : 1;
    } catch (Exception unreadable) {
      // A photo whose metadata is damaged may still be a good photo; decoding decides.
      return 1;
    }
  }

  /** Refuses an image of more than {@code maxPixels}, reading only its header. */
  static void refuseOversized(byte[] content, long maxPixels) throws RefusedException {
    withReader(
        content,
        reader -> {
          refuseOversized(reader, maxPixels);
          return null;
        });
  }

  private static BufferedImage decode(byte[] content, long maxPixels) throws RefusedException {
    return withReader(
        content,
        reader -> {
          refuseOversized(reader, maxPixels);
          return reader.read(0);
        });
  }

  private static void refuseOversized(ImageReader reader, long maxPixels)
      throws IOException, RefusedException {
    if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
      throw new RefusedException(Refusal.TOO_MANY_PIXELS);
    }
  }

  /** Work on the image's reader, told to skip all metadata; any failure makes it unreadable. */
  private interface ReaderWork<T> {
    T apply(ImageReader reader) throws IOException, RefusedException;
  }

  private static <T> T withReader(byte[] content, ReaderWork<T> work) throws RefusedException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new RefusedException(Refusal.UNREADABLE);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return work.apply(reader);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new RefusedException(Refusal.UNREADABLE);
    }
  }

  /** Orientations 3, 6 and 8 turn the picture; the mirrored ones are left as they are. */
  private static BufferedImage rotate(BufferedImage image, int orientation) {
    int quarterTurns =
        switch (orientation) {
          case 3 -> 2;
          case 6 -> 1;
          case 8 -> 3;
          default -> 0;
        };
    if (quarterTurns == 0) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    AffineTransform turn = new AffineTransform();
    if (quarterTurns == 1) {
      turn.translate(h, 0);
    } else if (quarterTurns == 2) {
      turn.translate(w, h);
    } else {
      turn.translate(0, w);
    }
    turn.quadrantRotate(quarterTurns);
    BufferedImage turned =
        new BufferedImage(
            quarterTurns == 2 ? w : h,
            quarterTurns == 2 ? h : w,
            image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = turned.createGraphics();
    g.drawImage(image, turn, null);
    g.dispose();
    return turned;
  }

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      BufferedImage written = image;
      if (format.equals("jpeg")) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        written = withoutAlpha(image);
      }
      writer.write(null, new IIOImage(written, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static BufferedImage withoutAlpha(BufferedImage image) {
    if (!image.getColorModel().hasAlpha()) {
      return image;
    }
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.createGraphics().drawImage(image, 0, 0, null);
    return rgb;
  }
}
