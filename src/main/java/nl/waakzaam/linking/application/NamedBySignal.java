package nl.waakzaam.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.feedback.domain.MessageRepository;
import nl.waakzaam.linking.domain.Mention;
import nl.waakzaam.linking.domain.SignalEntities;
import nl.waakzaam.linking.domain.TextEntities;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalRepository;

/**
 * Everything a signal names, wherever it says so: its report ({@link SignalEntities}), what its
 * reporter wrote afterwards ({@code messages/1} for the reporter's first message, and so on), and
 * for a survivor what its duplicates named. Never what staff wrote: that is not the reporter's
 * information, and it would relate signals by staff's own words.
 */
@ApplicationScoped
class NamedBySignal {

  /** The field prefix of what the reporter wrote after the report. */
  static final String MESSAGES = "messages/";

  private SignalRepository signals;
  private MessageRepository messages;

  protected NamedBySignal() {}

  @Inject
  NamedBySignal(SignalRepository signals, MessageRepository messages) {
    this.signals = signals;
    this.messages = messages;
  }

  /** What {@code signal} names itself: its report and its reporter's messages. */
  List<Mention> own(Signal signal) {
    List<Mention> named = new ArrayList<>(SignalEntities.of(signal));
    named.addAll(inMessages(signal));
    return named;
  }

  /** As {@link #own}, with what the duplicates folded into it named. */
  List<Mention> withDuplicates(Signal signal) {
    List<Mention> named = own(signal);
    signals.mergedInto(signal).forEach(duplicate -> named.addAll(own(duplicate)));
    return named;
  }

  /** What the reporter's messages about {@code signal} name, per message. */
  List<Mention> inMessages(Signal signal) {
    List<Mention> named = new ArrayList<>();
    int n = 0;
    for (Message m : messages.of(signal)) {
      if (m.author() == Message.Author.REPORTER) {
        named.addAll(TextEntities.mentions(MESSAGES + ++n, m.body()));
      }
    }
    return named;
  }
}
