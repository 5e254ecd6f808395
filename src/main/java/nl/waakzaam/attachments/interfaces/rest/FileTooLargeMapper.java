package nl.waakzaam.attachments.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import nl.waakzaam.attachments.domain.FileTooLargeException;
import nl.waakzaam.shared.interfaces.rest.Languages;
import nl.waakzaam.shared.interfaces.rest.Problem;

/** 413 for a file over its limit, found while it was received; nothing of it was kept. */
@Provider
public class FileTooLargeMapper implements ExceptionMapper<FileTooLargeException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(FileTooLargeException e) {
    return Problem.of(
            413, "file-too-large", Languages.preferred(headers), Map.of("limit", e.limit()))
        .toResponse();
  }
}
