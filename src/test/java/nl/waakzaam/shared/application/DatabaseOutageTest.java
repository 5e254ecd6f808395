package nl.waakzaam.shared.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  private static final String IO_ERROR = "An I/O error occurred while sending to the backend.";

  @Test
  void aBrokenConnectionAnywhereInTheChainIsAnOutage() {
    Throwable e =
        new TransactionalException(
            "flush", new RuntimeException("EclipseLink-4002", new SQLException(IO_ERROR, "08006")));

    assertTrue(DatabaseOutage.isCauseOf(e));
    assertTrue(DatabaseOutage.explains(e, () -> true), "the chain says so, whatever the probe");
  }

  @Test
  void aServerShuttingDownOrStartingIsAnOutage() {
    assertTrue(DatabaseOutage.isCauseOf(new SQLException("terminating", "57P01")));
    assertTrue(DatabaseOutage.isCauseOf(new SQLException("crash of another process", "57P02")));
    assertTrue(DatabaseOutage.isCauseOf(new SQLException("starting up", "57P03")));
  }

  @Test
  void aRefusedRowIsNoOutage() {
    Throwable e = new SQLIntegrityConstraintViolationException("duplicate key", "23505");

    assertFalse(DatabaseOutage.isCauseOf(e));
    assertFalse(DatabaseOutage.explains(e, () -> false), "not a commit: the probe is not asked");
  }

  /**
   * As Payara's local transaction resource answers a commit on a connection the crash broke: a new
   * XAException with the driver's text and no cause, in a SystemException, in the interceptor's
   * TransactionalException. Nothing of SQLSTATE 08 is left to see.
   */
  @Test
  void aCommitThatFailedWhileTheDatabaseIsAwayIsAnOutage() {
    Throwable e = flattenedCommitFailure();

    assertFalse(DatabaseOutage.isCauseOf(e), "the chain alone cannot tell");
    assertTrue(DatabaseOutage.explains(e, () -> false));
  }

  @Test
  void aCommitThatFailedWhileTheDatabaseAnswersIsAnIncident() {
    assertFalse(DatabaseOutage.explains(flattenedCommitFailure(), () -> true));
  }

  @Test
  void aRollbackOnlyTransactionIsNoCommitFailure() {
    Throwable e = new TransactionalException("rolled back", new RollbackException("marked"));

    assertFalse(DatabaseOutage.explains(e, () -> false));
  }

  private static Throwable flattenedCommitFailure() {
    XAException flattened =
        new XAException("jakarta.resource.spi.LocalTransactionException: " + IO_ERROR);
    flattened.errorCode = XAException.XAER_RMERR;
    SystemException system = new SystemException();
    system.initCause(flattened);
    return new TransactionalException("commit failed", system);
  }
}
