package nl.waakzaam.attachments.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import nl.waakzaam.attachments.domain.Refusal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF's staff copy: refused when encrypted or when it can act (scripts, launch or submit actions,
 * embedded files, XFA forms, rich media); else written anew without its document information, XMP
 * metadata (author, creator tool, dates), the authors and dates of its annotations, page
 * thumbnails, the file identifier in its trailer (which ties copies of one file together), and the
 * metadata inside its photos ({@link PdfImages}). Writing anew also drops anything appended after
 * it.
 */
final class PdfCleaner {

  /** Action types and keys that make a PDF do something when opened or clicked. */
  private static final Set<COSName> ACTIVE_ACTIONS =
      Set.of(
          COSName.JAVA_SCRIPT,
          COSName.getPDFName("Launch"),
          COSName.getPDFName("SubmitForm"),
          COSName.getPDFName("ImportData"),
          COSName.getPDFName("GoToE"),
          COSName.getPDFName("RichMediaExecute"),
          COSName.getPDFName("Rendition"),
          COSName.getPDFName("Movie"),
          COSName.getPDFName("Sound"));

  private static final Set<COSName> ACTIVE_KEYS =
      Set.of(
          COSName.JS,
          COSName.JAVA_SCRIPT,
          COSName.EMBEDDED_FILES,
          COSName.EF,
          COSName.getPDFName("XFA"),
          COSName.getPDFName("RichMediaContent"));

  private PdfCleaner() {}

  static byte[] clean(byte[] content, int maxPages, long maxPixels) throws RefusedException {
    try (PDDocument document =
        Loader.loadPDF(
            new RandomAccessReadBuffer(content),
            "",
            null,
            null,
            IOUtils.createTempFileOnlyStreamCache())) {
      if (document.isEncrypted()) {
        throw new RefusedException(Refusal.ENCRYPTED);
      }
      if (document.getNumberOfPages() > maxPages) {
        throw new RefusedException(Refusal.TOO_COMPLEX);
      }
      COSDocument cos = document.getDocument();
      for (COSObjectKey key : cos.getXrefTable().keySet()) {
        COSObject object = cos.getObjectFromPool(key);
        inspectAndStrip(object.getObject());
        if (object.getObject() instanceof COSStream stream
            && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
          PdfImages.clean(stream, maxPixels);
        }
      }
      inspectAndStrip(document.getDocumentCatalog().getCOSObject());
      cos.getTrailer().removeItem(COSName.INFO);
      cos.getTrailer().removeItem(COSName.ID);
      ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
      document.save(out);
      return out.toByteArray();
    } catch (InvalidPasswordException e) {
      throw new RefusedException(Refusal.ENCRYPTED);
    } catch (IOException | RuntimeException e) {
      throw new RefusedException(Refusal.UNREADABLE);
    }
  }

  /**
   * Walks an object and the direct objects inside it (indirect ones are walked from the cross-
   * reference table): refuses active content, removes XMP metadata and application data.
   */
  private static void inspectAndStrip(COSBase root) throws RefusedException {
    Deque<COSBase> todo = new ArrayDeque<>();
    Map<COSBase, Boolean> seen = new IdentityHashMap<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      COSBase item = todo.pop();
      if (item == null || seen.put(item, Boolean.TRUE) != null) {
        continue;
      }
      if (item instanceof COSDictionary dictionary) {
        if (dictionary.getCOSName(COSName.S) != null
            && ACTIVE_ACTIONS.contains(dictionary.getCOSName(COSName.S))) {
          throw new RefusedException(Refusal.ACTIVE_CONTENT);
        }
        for (COSName key : ACTIVE_KEYS) {
          if (dictionary.containsKey(key)) {
            throw new RefusedException(Refusal.ACTIVE_CONTENT);
          }
        }
        if (COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
          throw new RefusedException(Refusal.ACTIVE_CONTENT);
        }
        dictionary.removeItem(COSName.METADATA);
        dictionary.removeItem(COSName.getPDFName("PieceInfo"));
        dictionary.removeItem(COSName.getPDFName("Thumb"));
        if (isMarkupAnnotation(dictionary)) {
          // Who wrote the note and when; the note itself (Contents) stays.
          dictionary.removeItem(COSName.T);
          dictionary.removeItem(COSName.M);
          dictionary.removeItem(COSName.CREATION_DATE);
          dictionary.removeItem(COSName.NM);
        }
        for (COSBase value : dictionary.getValues()) {
          if (!(value instanceof COSObject)) {
            todo.push(value);
          }
        }
      } else if (item instanceof COSArray array) {
        for (COSBase value : array) {
          if (!(value instanceof COSObject)) {
            todo.push(value);
          }
        }
      }
    }
  }

  /** An annotation other than a form field's widget, whose {@code /T} is the field's name. */
  private static boolean isMarkupAnnotation(COSDictionary dictionary) {
    COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
    boolean annotation =
        COSName.ANNOT.equals(dictionary.getCOSName(COSName.TYPE))
            || (subtype != null && dictionary.containsKey(COSName.RECT));
    return annotation && !COSName.WIDGET.equals(subtype);
  }
}
