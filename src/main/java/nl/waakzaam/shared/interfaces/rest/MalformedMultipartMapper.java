package nl.waakzaam.shared.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.waakzaam.shared.interfaces.multipart.MalformedMultipartException;

/** 400 for an upload that is not a multipart form with a file. */
@Provider
public class MalformedMultipartMapper implements ExceptionMapper<MalformedMultipartException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(MalformedMultipartException e) {
    return Problem.of(400, "malformed-upload", Languages.preferred(headers)).toResponse();
  }
}
