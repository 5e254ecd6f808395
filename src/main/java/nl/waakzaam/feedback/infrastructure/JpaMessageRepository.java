package nl.waakzaam.feedback.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.feedback.domain.MessageRepository;
import nl.waakzaam.signal.domain.Signal;

/** Messages in PostgreSQL. */
@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public List<Message> of(Signal signal) {
    return em.createNamedQuery("Message.ofSignal", Message.class)
        .setParameter("signal", signal)
        .getResultList();
  }

  @Override
  public Map<UUID, List<Message>> ofAll(Collection<Signal> signals) {
    if (signals.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery("Message.ofSignals", Message.class)
        .setParameter("signals", List.copyOf(signals))
        .getResultStream()
        .collect(Collectors.groupingBy(Message::signalId, Collectors.toList()));
  }

  @Override
  public int nextSequenceNumber(Signal signal) {
    em.lock(signal, LockModeType.PESSIMISTIC_WRITE);
    return em.createNamedQuery("Message.countOfSignal", Long.class)
            .setParameter("signal", signal)
            .getSingleResult()
            .intValue()
        + 1;
  }

  @Override
  public void add(Message message) {
    em.persist(message);
  }
}
