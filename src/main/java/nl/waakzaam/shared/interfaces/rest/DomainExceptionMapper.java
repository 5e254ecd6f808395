package nl.waakzaam.shared.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.waakzaam.shared.domain.DomainException;

/** Every named domain refusal, answered by its kind; the problem type is the exception's own. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(DomainException e) {
    Response.ResponseBuilder response =
        Problem.of(status(e.kind()), e.problemType(), Languages.preferred(headers))
            .toResponseBuilder();
    // Whole seconds, rounded up: a client that waits exactly this long is let in again.
    e.retryAfter()
        .ifPresent(
            wait -> response.header("Retry-After", Math.max(1, (wait.toMillis() + 999) / 1000)));
    return response.build();
  }

  static int status(DomainException.Kind kind) {
    return switch (kind) {
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case UNPROCESSABLE -> 422;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case TOO_MANY_ATTEMPTS -> 429;
      case UNAVAILABLE -> 503;
    };
  }
}
