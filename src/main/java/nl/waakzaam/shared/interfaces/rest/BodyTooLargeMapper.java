package nl.waakzaam.shared.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** 413 for a body over the cap, found while reading it. */
@Provider
public class BodyTooLargeMapper implements ExceptionMapper<BodyTooLargeException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BodyTooLargeException e) {
    return Problem.of(
            413, "body-too-large", Languages.preferred(headers), Map.of("limit", e.limit()))
        .toResponse();
  }
}
