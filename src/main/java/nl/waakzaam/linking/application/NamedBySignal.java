package nl.waakzaam.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.feedback.domain.MessageRepository;
import nl.waakzaam.linking.domain.FileMentions;
import nl.waakzaam.linking.domain.Mention;
import nl.waakzaam.linking.domain.SignalEntities;
import nl.waakzaam.linking.domain.TextEntities;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalRepository;

/**
 * Everything a signal names, wherever it says so: its report ({@link SignalEntities}), what its
 * reporter wrote afterwards ({@code messages/1} for the reporter's first message, and so on), the
 * text of its accepted files ({@code attachment/<id>}), and for a survivor what its duplicates
 * named. Never what staff wrote: that is not the reporter's information, and it would relate
 * signals by staff's own words.
 */
@ApplicationScoped
class NamedBySignal {

  /** The field prefix of what the reporter wrote after the report. */
  static final String MESSAGES = "messages/";

  private SignalRepository signals;
  private MessageRepository messages;
  private FileMentions files;

  protected NamedBySignal() {}

  @Inject
  NamedBySignal(SignalRepository signals, MessageRepository messages, FileMentions files) {
    this.signals = signals;
    this.messages = messages;
    this.files = files;
  }

  /**
   * What {@code signal} names (its report, its reporter's messages, the text of its accepted files)
   * with what the duplicates folded into it named; the messages and files of all of them read in
   * one query each.
   */
  List<Mention> withDuplicates(Signal signal) {
    List<Signal> all = new ArrayList<>(List.of(signal));
    all.addAll(signals.mergedInto(signal));
    Map<UUID, List<Message>> written = messages.ofAll(all);
    List<Mention> named = new ArrayList<>();
    for (Signal s : all) {
      named.addAll(SignalEntities.of(s));
      named.addAll(inMessages(written.getOrDefault(s.id(), List.of())));
    }
    named.addAll(files.of(all.stream().map(Signal::id).toList()));
    return named;
  }

  /** What the reporter's messages about {@code signal} name, per message. */
  List<Mention> inMessages(Signal signal) {
    return inMessages(messages.of(signal));
  }

  private static List<Mention> inMessages(List<Message> thread) {
    List<Mention> named = new ArrayList<>();
    int n = 0;
    for (Message m : thread) {
      if (m.author() == Message.Author.REPORTER) {
        named.addAll(TextEntities.mentions(MESSAGES + ++n, m.body()));
      }
    }
    return named;
  }
}
