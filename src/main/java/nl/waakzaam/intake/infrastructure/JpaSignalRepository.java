package nl.waakzaam.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.waakzaam.intake.domain.Signal;
import nl.waakzaam.intake.domain.SignalReference;
import nl.waakzaam.intake.domain.SignalRepository;

/** The signals in PostgreSQL through JPA. */
@ApplicationScoped
public class JpaSignalRepository implements SignalRepository {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public boolean claimReference(SignalReference reference) {
    // ON CONFLICT keeps the transaction alive when the reference is taken, so the caller can draw again.
    return em.createNativeQuery(
                "insert into signal_reference (reference) values (?1) on conflict do nothing")
            .setParameter(1, reference.value())
            .executeUpdate()
        == 1;
  }

  @Override
  public void add(Signal signal) {
    em.persist(signal);
  }

  @Override
  public Optional<Signal> findByReceiptCodeHash(byte[] receiptCodeHash) {
    return em.createNamedQuery("Signal.findByReceiptCodeHash", Signal.class)
        .setParameter("hash", receiptCodeHash)
        .getResultStream()
        .findFirst();
  }
}
