package nl.waakzaam.shared.interfaces.rest;

/**
 * The request body is larger than the configured cap; answered 413. Unchecked, so that it passes
 * unchanged through the readers and parsers that read the capped stream.
 */
public class BodyTooLargeException extends RuntimeException {

  private final long limit;

  public BodyTooLargeException(long limit) {
    super("Request body larger than " + limit + " bytes", null, false, false);
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
