package nl.waakzaam.signal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which database errors mean "this reference was handed out before", and so a new draw. */
class JpaSignalRepositoryTest {

  private static Throwable wrapped(String message, String sqlState) {
    return new PersistenceException(
        "flush failed", new RuntimeException(new SQLException(message, sqlState)));
  }

  @Test
  void aUniqueViolationOfEitherReferenceConstraintIsATakenReference() {
    assertTrue(
        JpaSignalRepository.isTakenReference(
            wrapped(
                "duplicate key value violates unique constraint \"signal_reference_pkey\"",
                "23505")));
    assertTrue(
        JpaSignalRepository.isTakenReference(
            wrapped(
                "duplicate key value violates unique constraint \"signal_reference_key\"",
                "23505")));
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertFalse(
        JpaSignalRepository.isTakenReference(
            wrapped(
                "duplicate key value violates unique constraint \"signal_receipt_code_hash_key\"",
                "23505")));
    assertFalse(
        JpaSignalRepository.isTakenReference(
            wrapped("new row violates check constraint \"signal_reference_key\"", "23514")));
    assertFalse(JpaSignalRepository.isTakenReference(new PersistenceException("no SQL cause")));
  }
}
