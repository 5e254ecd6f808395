package nl.waakzaam.feedback.domain;

import java.util.List;
import nl.waakzaam.signal.domain.Signal;

/** The conversations about signals. */
public interface MessageRepository {

  /** The messages about {@code signal}, oldest first. */
  List<Message> of(Signal signal);

  /**
   * The sequence number of the next message about {@code signal} (the first is 1), holding the
   * signal until the transaction ends so that two messages never get the same one.
   */
  int nextSequenceNumber(Signal signal);

  void add(Message message);
}
