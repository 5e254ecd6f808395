package nl.waakzaam.shared.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 for a body that is not one JSON value as the API takes it, saying what is wrong. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<MalformedRequestException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(MalformedRequestException e) {
    return Problem.of(
            400,
            e.reason().problem(),
            Languages.preferred(headers),
            java.util.Map.of(
                "maxDepth", StrictJsonParser.MAX_DEPTH,
                "maxNumberLength", StrictJsonParser.MAX_NUMBER_LENGTH))
        .toResponse();
  }
}
