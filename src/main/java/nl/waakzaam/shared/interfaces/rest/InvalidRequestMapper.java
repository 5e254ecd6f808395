package nl.waakzaam.shared.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 422 with every field violation, in the caller's language. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(InvalidRequestException e) {
    return Problem.of(422, "invalid-request", Languages.preferred(headers))
        .violations(e.violations())
        .toResponse();
  }
}
