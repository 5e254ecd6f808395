package nl.waakzaam.shared.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.waakzaam.shared.application.DatabaseOutage;
import nl.waakzaam.shared.application.LogRedaction;

/**
 * The last resort: a 500 with an incident id and nothing else, never a stack trace. The log gets
 * the incident id and the exception chain, through {@link LogRedaction}.
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
   * this request was stored, and the caller can read the new state and decide again; or, when the
   * database is away, 503 {@code database-unavailable} with {@code Retry-After} (a commit that
   * failed then may have reached the database before it went: the client's second try is the safe
   * side of that doubt, a 500 would not be).
   */
  static Response incident(Throwable e, HttpHeaders headers) {
    if (isConcurrentChange(e)) {
      return Problem.of(409, "concurrent-change", Languages.preferred(headers)).toResponse();
    }
    if (DatabaseOutage.explains(e, DatabaseProbes::answers)) {
      // Nothing was stored; the database comes back, and the request can be sent again as it is.
      LOG.warning(
          () -> "The database is unavailable: " + e.getClass().getName() + "; answered 503");
      return Problem.of(503, "database-unavailable", Languages.preferred(headers))
          .toResponseBuilder()
          .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, LogRedaction.of(e));
    return Problem.of(500, "internal-error", Languages.preferred(headers))
        .incident(incident)
        .toResponse();
  }

  /**
   * The numbered lists of a signal (its history, its messages): two writers that both took the next
   * number; the second insert fails on the unique index.
   */
  private static final List<String> SEQUENCE_CONSTRAINTS =
      List.of("signal_status_change_signal", "signal_message_signal_id_sequence_number_key");

  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * Whether this request lost a race with another change of the same thing: an optimistic lock (a
   * {@code @Version} that moved on) failed, or the next number of a signal's history or messages
   * was taken by the other, anywhere in the chain.
   */
  static boolean isConcurrentChange(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && SEQUENCE_CONSTRAINTS.stream().anyMatch(String.valueOf(sql.getMessage())::contains)) {
        return true;
      }
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
}
