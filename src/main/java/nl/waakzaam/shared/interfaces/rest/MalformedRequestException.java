package nl.waakzaam.shared.interfaces.rest;

/** The body is not JSON at all (or is empty); answered 400. */
public class MalformedRequestException extends RuntimeException {

  public MalformedRequestException(String reason) {
    super(reason, null, false, false);
  }
}
