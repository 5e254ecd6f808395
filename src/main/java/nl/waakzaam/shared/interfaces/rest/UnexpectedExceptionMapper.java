package nl.waakzaam.shared.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: a 500 with an incident id and nothing else, never a stack trace. The log gets
 * the incident id and the exception chain; messages of database exceptions are left out, because
 * they can quote the values of a statement, which are reporter content.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    return incident(e, headers);
  }

  /**
   * Logs {@code e} under a new incident id and answers 500 with that id; or, when two people
   * changed the same thing at once and this one lost, 409 {@code concurrent-change}: nothing of
   * this request was stored, and the caller can read the new state and decide again.
   */
  static Response incident(Throwable e, HttpHeaders headers) {
    if (isConcurrentChange(e)) {
      return Problem.of(409, "concurrent-change", Languages.preferred(headers)).toResponse();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, Redacted.of(e));
    return Problem.of(500, "internal-error", Languages.preferred(headers))
        .incident(incident)
        .toResponse();
  }

  /** Whether an optimistic lock (a {@code @Version} that moved on) failed anywhere in the chain. */
  static boolean isConcurrentChange(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // JPA's exception, or EclipseLink's own (no compile-time dependency on the provider).
      if (t instanceof jakarta.persistence.OptimisticLockException
          || t.getClass()
              .getName()
              .equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }

  /** A copy of an exception chain with the messages of database exceptions withheld. */
  static final class Redacted extends RuntimeException {

    private Redacted(String message, Throwable cause) {
      super(message, cause, false, true);
    }

    static Throwable of(Throwable e) {
      if (e == null) {
        return null;
      }
      String message =
          mayQuoteValues(e)
              ? e.getClass().getName() + ": (message withheld, it may quote reporter content)"
              : e.getClass().getName() + ": " + e.getMessage();
      Redacted copy = new Redacted(message, of(e.getCause() == e ? null : e.getCause()));
      copy.setStackTrace(e.getStackTrace());
      return copy;
    }

    /**
     * Database errors can quote a statement's values ("Failing row contains ..."); so can every
     * exception that wraps one and repeats its message.
     */
    private static boolean mayQuoteValues(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof SQLException
            || t.getClass()
                .getName()
                .equals("org.eclipse.persistence.exceptions.DatabaseException")) {
          return true;
        }
      }
      return false;
    }
  }
}
