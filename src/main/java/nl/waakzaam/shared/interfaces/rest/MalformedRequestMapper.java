package nl.waakzaam.shared.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 for a body that is not JSON. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<MalformedRequestException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(MalformedRequestException e) {
    return Problem.of(400, "malformed-request", Languages.preferred(headers)).toResponse();
  }
}
