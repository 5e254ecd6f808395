package nl.waakzaam.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.intake.domain.ReferenceTakenException;
import nl.waakzaam.intake.domain.Signal;
import nl.waakzaam.intake.domain.SignalRepository;

/** The signals in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaSignalRepository implements SignalRepository {

  /**
   * PostgreSQL's SQLSTATE for a unique violation, and the constraints that guard references: the
   * claim's primary key and the signal's own unique column (whichever insert comes first).
   */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final List<String> REFERENCE_KEYS =
      List.of("signal_reference_pkey", "signal_reference_key");

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public void add(Signal signal) {
    em.persist(new ReferenceClaim(signal.reference().value(), signal.receivedAt()));
    em.persist(signal);
    try {
      // Written now, in the caller's transaction, so that a taken reference is known here.
      em.flush();
    } catch (PersistenceException e) {
      if (isTakenReference(e)) {
        throw new ReferenceTakenException(signal.reference());
      }
      throw e;
    }
  }

  @Override
  public Optional<Signal> findByReceiptCodeHash(byte[] receiptCodeHash) {
    return em.createNamedQuery("Signal.findByReceiptCodeHash", Signal.class)
        .setParameter("hash", receiptCodeHash)
        .getResultStream()
        .findFirst();
  }

  static boolean isTakenReference(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && REFERENCE_KEYS.stream().anyMatch(String.valueOf(sql.getMessage())::contains)) {
        return true;
      }
    }
    return false;
  }
}
