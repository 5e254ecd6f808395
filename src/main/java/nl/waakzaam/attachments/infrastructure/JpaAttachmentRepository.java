package nl.waakzaam.attachments.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.attachments.domain.Attachment;
import nl.waakzaam.attachments.domain.AttachmentRepository;
import nl.waakzaam.signal.domain.Signal;

/** Attachments in PostgreSQL. */
@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public void add(Attachment attachment) {
    em.persist(attachment);
  }

  @Override
  public Optional<Attachment> find(UUID id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  @Override
  public List<Attachment> of(Signal signal) {
    return em.createNamedQuery("Attachment.ofSignal", Attachment.class)
        .setParameter("signal", signal)
        .getResultList();
  }

  @Override
  public Usage usageOf(Signal signal, LockModeType lock) {
    em.lock(signal, lock);
    Object[] row =
        em.createNamedQuery("Attachment.usageOfSignal", Object[].class)
            .setParameter("signal", signal)
            .getSingleResult();
    return new Usage(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }

  @Override
  public Optional<Attachment> findForUpdate(UUID id) {
    return Optional.ofNullable(em.find(Attachment.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Attachment> claimWaiting(Instant stale, int limit) {
    List<UUID> ids =
        em.createNativeQuery(
                "select id from attachment where state = 'RECEIVED' and (processing_started_at is"
                    + " null or processing_started_at < ?) order by received_at limit ? for update"
                    + " skip locked")
            .setParameter(1, stale.atOffset(ZoneOffset.UTC))
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(id -> em.find(Attachment.class, id)).toList();
  }
}
