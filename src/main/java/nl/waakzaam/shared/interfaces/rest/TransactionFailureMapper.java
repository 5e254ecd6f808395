package nl.waakzaam.shared.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed to commit is a server error like any other: answered as an incident,
 * instead of by the container's own mapper, which ends in a bare error page.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(TransactionalException e) {
    return UnexpectedExceptionMapper.incident(e, headers);
  }
}
