package nl.waakzaam.shared.interfaces.multipart;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.RequestContext;

/**
 * A {@code multipart/form-data} body with one file: the small fields before the file are read into
 * memory (each capped), the file is handed on as the stream it arrives as. Fields after the file
 * are not read. A client that wants its fields seen sends them first, as browsers do in form order.
 */
public final class MultipartForm {

  /** Most characters of one field before the file; a longer field is malformed. */
  static final int MAX_FIELD = 4_096;

  /** Most fields before the file. */
  static final int MAX_FIELDS = 20;

  /** The file part: the name and type the client gave it, and its content as it arrives. */
  public record FilePart(
      String fieldName, String fileName, String contentType, InputStream content) {}

  /** What is done with the fields and the file, while the file is being received. */
  @FunctionalInterface
  public interface Receiver<T> {
    T receive(Map<String, String> fields, FilePart file) throws IOException;
  }

  private MultipartForm() {}

  /**
   * Reads the body up to and through its first file.
   *
   * @throws MalformedMultipartException when the body is not {@code multipart/form-data}, is
   *     broken, or has no file
   */
  public static <T> T read(
      String contentType, long contentLength, InputStream body, Receiver<T> receiver)
      throws IOException {
    if (contentType == null
        || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
      throw new MalformedMultipartException("Not multipart/form-data");
    }
    Map<String, String> fields = new HashMap<>();
    try {
      FileItemInputIterator parts =
          new StreamingUpload().getItemIterator(new Context(contentType, contentLength, body));
      while (parts.hasNext()) {
        FileItemInput part = parts.next();
        if (part.isFormField()) {
          if (fields.size() >= MAX_FIELDS) {
            throw new MalformedMultipartException("Too many fields");
          }
          fields.put(part.getFieldName(), field(part));
        } else {
          return receiver.receive(
              Map.copyOf(fields),
              new FilePart(
                  part.getFieldName(),
                  fileName(part),
                  part.getContentType(),
                  new PartStream(part.getInputStream())));
        }
      }
    } catch (FileUploadException e) {
      throw new MalformedMultipartException("Broken multipart body");
    }
    throw new MalformedMultipartException("No file in the body");
  }

  /**
   * The name the client gave the file: information only, cleaned where it is kept. A name with a
   * NUL character, which Commons FileUpload refuses with an exception of its own (a 500 before this
   * was found by fuzzing), is kept as no name at all.
   */
  private static String fileName(FileItemInput part) {
    try {
      return Optional.ofNullable(part.getName()).orElse("");
    } catch (InvalidPathException nul) {
      return "";
    }
  }

  private static String field(FileItemInput part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      byte[] value = in.readNBytes(MAX_FIELD * 4 + 1);
      String text = new String(value, StandardCharsets.UTF_8);
      if (value.length > MAX_FIELD * 4 || text.length() > MAX_FIELD) {
        throw new MalformedMultipartException("Field too long");
      }
      return text;
    }
  }

  /**
   * The file as it arrives; a body that breaks off or is malformed inside the file is the client's
   * error ({@link MalformedMultipartException}), not an I/O failure of the server.
   */
  private static final class PartStream extends FilterInputStream {

    PartStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (FileUploadException e) {
        throw new MalformedMultipartException("The body breaks off inside the file");
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return super.read(buffer, offset, length);
      } catch (FileUploadException e) {
        throw new MalformedMultipartException("The body breaks off inside the file");
      }
    }
  }

  /** The streaming parser of Commons FileUpload, on a body given as a stream. */
  private static final class StreamingUpload
      extends AbstractFileUpload<RequestContext, DiskFileItem, DiskFileItemFactory> {

    StreamingUpload() {
      setHeaderCharset(StandardCharsets.UTF_8);
      // Limits are ours: the body cap in front, the file store's own count behind.
      setSizeMax(-1);
      setFileSizeMax(-1);
    }

    @Override
    public FileItemInputIterator getItemIterator(RequestContext request)
        throws FileUploadException, IOException {
      return super.getItemIterator(request);
    }

    @Override
    public Map<String, List<DiskFileItem>> parseParameterMap(RequestContext request) {
      throw new UnsupportedOperationException("Files are only streamed");
    }

    @Override
    public List<DiskFileItem> parseRequest(RequestContext request) {
      throw new UnsupportedOperationException("Files are only streamed");
    }
  }

  private record Context(String contentType, long contentLength, InputStream body)
      implements RequestContext {

    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }

    @Override
    public long getContentLength() {
      return contentLength;
    }

    @Override
    public String getContentType() {
      return contentType;
    }

    @Override
    public InputStream getInputStream() {
      return body;
    }

    @Override
    public boolean isMultipartRelated() {
      return false;
    }
  }
}
