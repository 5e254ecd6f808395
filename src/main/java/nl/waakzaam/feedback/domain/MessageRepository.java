package nl.waakzaam.feedback.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.waakzaam.signal.domain.Signal;

/** The conversations about signals. */
public interface MessageRepository {

  /** The messages about {@code signal}, oldest first. */
  List<Message> of(Signal signal);

  /** The messages about each of {@code signals}, oldest first, in one query. */
  Map<UUID, List<Message>> ofAll(Collection<Signal> signals);

  /**
   * The sequence number of the next message about {@code signal} (the first is 1), holding the
   * signal until the transaction ends so that two messages never get the same one.
   */
  int nextSequenceNumber(Signal signal);

  void add(Message message);
}
