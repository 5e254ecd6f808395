package nl.waakzaam.attachments.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.waakzaam.attachments.domain.Inspection;
import nl.waakzaam.attachments.domain.Refusal;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The inspection itself, run in the inspection worker: the type by content (Tika's detector, never
 * the name), the allow-list, the type's own checks and clean copy, and the text, each within the
 * {@link InspectionLimits}.
 */
final class TikaInspection {

  /** What may come in, by detected type, and how its staff copy is made. */
  enum Allowed {
    JPEG,
    PNG,
    PDF,
    OFFICE,
    TEXT
  }

  static final Map<String, Allowed> ALLOW_LIST =
      Map.of(
          "image/jpeg",
          Allowed.JPEG,
          "image/png",
          Allowed.PNG,
          "application/pdf",
          Allowed.PDF,
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          Allowed.OFFICE,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          Allowed.OFFICE,
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          Allowed.OFFICE,
          "application/vnd.oasis.opendocument.text",
          Allowed.OFFICE,
          "text/plain",
          Allowed.TEXT);

  private static final Set<String> HEIC =
      Set.of("image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence");

  private static final Set<String> ENCRYPTED =
      Set.of("application/x-tika-ooxml-protected", "application/x-tika-msoffice-encrypted");

  private final Detector detector;
  private final Parser parser;
  private final InspectionLimits limits;

  TikaInspection(InspectionLimits limits) {
    TikaConfig tika = TikaConfig.getDefaultConfig();
    this.detector = tika.getDetector();
    this.parser = new AutoDetectParser(tika);
    this.limits = limits;
  }

  Inspection inspect(byte[] content) {
    if (content.length == 0) {
      return Inspection.refused(MediaType.OCTET_STREAM.toString(), Refusal.EMPTY);
    }
    String type = detect(content);
    try {
      Allowed allowed = allowed(type);
      if (allowed == Allowed.JPEG || allowed == Allowed.PNG) {
        // A photo has no text to keep; of its metadata only the orientation is read, to turn
        // the pixels upright, since the copy carries no metadata at all.
        ImageCleaner.refuseOversized(content, limits.maxPixels());
        byte[] copy =
            ImageCleaner.clean(
                content,
                allowed == Allowed.JPEG ? "jpeg" : "png",
                ImageCleaner.orientation(content, allowed == Allowed.JPEG),
                limits.maxPixels());
        return Inspection.accepted(type, copy, "");
      }
      byte[] copy =
          switch (allowed) {
            case PDF -> PdfCleaner.clean(content, limits.maxPdfPages(), limits.maxPixels());
            case OFFICE -> OfficeCleaner.clean(content, limits.maxExpansion(), limits.maxPixels());
            default -> content;
          };
      String text =
          allowed == Allowed.TEXT
              ? new String(content, StandardCharsets.UTF_8)
                  .substring(
                      0,
                      Math.min(
                          new String(content, StandardCharsets.UTF_8).length(),
                          limits.maxTextCharacters()))
              // From the clean copy: what Tika would read of comment authors is gone from it.
              : text(copy, new Metadata());
      return Inspection.accepted(type, copy, text);
    } catch (RefusedException refused) {
      return Inspection.refused(type, refused.reason());
    }
  }

  /** The media type the content shows; the name is not given to the detector. */
  private String detect(byte[] content) {
    try (TikaInputStream in = TikaInputStream.get(content)) {
      return detector.detect(in, new Metadata()).getBaseType().toString().toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      return MediaType.OCTET_STREAM.toString();
    }
  }

  private static Allowed allowed(String type) throws RefusedException {
    Allowed allowed = ALLOW_LIST.get(type);
    if (allowed != null) {
      return allowed;
    }
    if (HEIC.contains(type)) {
      throw new RefusedException(Refusal.HEIC_NOT_SUPPORTED);
    }
    if (ENCRYPTED.contains(type)) {
      throw new RefusedException(Refusal.ENCRYPTED);
    }
    if (type.contains("macroenabled")) {
      throw new RefusedException(Refusal.MACROS);
    }
    throw new RefusedException(Refusal.TYPE_NOT_ALLOWED);
  }

  /**
   * The text of the file, at most {@code maxTextCharacters}; parsing more embedded parts, deeper
   * nesting, or more output per input byte than the limits allow refuses the file.
   */
  private String text(byte[] content, Metadata metadata) throws RefusedException {
    BodyContentHandler body = new BodyContentHandler(limits.maxTextCharacters());
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    context.set(EmbeddedDocumentExtractor.class, new BoundedEmbedded(context, limits));
    try (TikaInputStream in = TikaInputStream.get(content)) {
      SecureContentHandler secure = new SecureContentHandler(body, in);
      secure.setMaximumCompressionRatio(limits.maxExpansion());
      secure.setMaximumDepth(limits.maxDepth() * 50);
      try {
        parser.parse(in, secure, metadata, context);
      } catch (SAXException e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
          return body.toString();
        }
        secure.throwIfCauseOf(e);
        throw e;
      } catch (TikaException e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
          return body.toString();
        }
        throw e;
      }
      return body.toString();
    } catch (EncryptedDocumentException e) {
      throw new RefusedException(Refusal.ENCRYPTED);
    } catch (TooComplexException e) {
      throw new RefusedException(Refusal.TOO_COMPLEX);
    } catch (TikaException e) {
      if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
        throw new RefusedException(Refusal.TOO_COMPLEX);
      }
      throw new RefusedException(Refusal.UNREADABLE);
    } catch (IOException | SAXException | RuntimeException e) {
      if (causedBy(e, TooComplexException.class)) {
        throw new RefusedException(Refusal.TOO_COMPLEX);
      }
      throw new RefusedException(Refusal.UNREADABLE);
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Too many embedded parts, or nested too deep. */
  static final class TooComplexException extends SAXException {
    TooComplexException(String message) {
      super(message);
    }
  }

  /** Parses embedded parts like Tika's own extractor, counting them and their depth. */
  static final class BoundedEmbedded implements EmbeddedDocumentExtractor {

    private final ParsingEmbeddedDocumentExtractor delegate;
    private final InspectionLimits limits;
    private int count;
    private int depth;

    BoundedEmbedded(ParseContext context, InspectionLimits limits) {
      this.delegate = new ParsingEmbeddedDocumentExtractor(context);
      this.limits = limits;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return delegate.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws SAXException, IOException {
      if (++count > limits.maxEmbedded()) {
        throw new TooComplexException("more than " + limits.maxEmbedded() + " embedded parts");
      }
      if (++depth > limits.maxDepth()) {
        throw new TooComplexException("embedded deeper than " + limits.maxDepth());
      }
      try {
        delegate.parseEmbedded(stream, handler, metadata, outputHtml);
      } finally {
        depth--;
      }
    }
  }
}
