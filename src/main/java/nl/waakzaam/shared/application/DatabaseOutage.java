package nl.waakzaam.shared.application;

import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.BooleanSupplier;
import javax.transaction.xa.XAException;

/**
 * Whether a failure is the database being away (stopped, restarting, unreachable) rather than a
 * fault of the request or the application: then the answer is 503 with {@code Retry-After}, never
 * 500, and nothing of the request was stored.
 */
public final class DatabaseOutage {

  /** How long a client should wait before trying again, in seconds. */
  public static final int RETRY_AFTER_SECONDS = 10;

  private DatabaseOutage() {}

  /**
   * Whether the database being away explains {@code e}: its chain says so, or the commit failed in
   * the transaction manager, which keeps only the text of the driver's exception (Payara's local
   * transaction resource throws a new {@code XAException} without a cause), and the database does
   * not answer now. A commit that failed while the database answers stays an incident: a deferred
   * constraint, say, is the application's fault.
   */
  public static boolean explains(Throwable e, BooleanSupplier databaseAnswers) {
    return isCauseOf(e) || commitFailed(e) && !databaseAnswers.getAsBoolean();
  }

  /**
   * Whether the transaction manager could not commit or roll back at the resource: an {@code
   * XAException} or a JTA {@code SystemException} anywhere in the chain.
   */
  static boolean commitFailed(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof XAException || t instanceof SystemException) {
        return true;
      }
    }
    return false;
  }

  public static boolean isCauseOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && isOutage(sql)) {
        return true;
      }
      if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
        return true;
      }
      // Payara's pool: no connection could be made or handed out.
      String type = t.getClass().getName();
      if (type.endsWith(".PoolingException")
          || type.endsWith(".ResourceAllocationException")
          || String.valueOf(t.getMessage()).startsWith("Error in allocating a connection")) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception) and 57P01 to 57P03 (the server shutting down, crashed,
   * or not yet accepting connections).
   */
  private static boolean isOutage(SQLException sql) {
    String state = sql.getSQLState();
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03"));
  }
}
