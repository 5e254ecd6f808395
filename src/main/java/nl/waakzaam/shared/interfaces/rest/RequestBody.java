package nl.waakzaam.shared.interfaces.rest;

/**
 * A resource method's JSON body: JAX-RS hands it over as null when none was sent, which is a
 * malformed request (400), not an error of the method.
 */
public final class RequestBody {

  private RequestBody() {}

  /**
   * @return {@code body}, when one was sent
   * @throws MalformedRequestException {@code NOT_JSON} when none was
   */
  public static <T> T required(T body) {
    if (body == null) {
      throw new MalformedRequestException(MalformedRequestException.Reason.NOT_JSON);
    }
    return body;
  }
}
