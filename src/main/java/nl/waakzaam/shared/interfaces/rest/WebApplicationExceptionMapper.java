package nl.waakzaam.shared.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The errors JAX-RS itself raises (no such path, wrong method, wrong content type, ...), in the
 * same problem shape as our own; the status and headers such as {@code Allow} are kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    Response.ResponseBuilder response =
        Problem.of(status, name(status), Languages.preferred(headers)).toResponseBuilder();
    original
        .getHeaders()
        .forEach(
            (header, values) -> {
              if (!header.equalsIgnoreCase("Content-Type")
                  && !header.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> response.header(header, v));
              }
            });
    return response.build();
  }

  static String name(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 413 -> "body-too-large";
      case 415 -> "unsupported-media-type";
      default -> status >= 500 ? "internal-error" : "bad-request";
    };
  }
}
