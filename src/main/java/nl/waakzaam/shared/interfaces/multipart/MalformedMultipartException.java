package nl.waakzaam.shared.interfaces.multipart;

/** The body is not a {@code multipart/form-data} form with a file; nothing of it is kept. */
public class MalformedMultipartException extends RuntimeException {

  public MalformedMultipartException(String message) {
    super(message);
  }
}
