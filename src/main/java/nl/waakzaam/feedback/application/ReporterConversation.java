package nl.waakzaam.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.feedback.domain.MessageRepository;
import nl.waakzaam.regions.domain.RegionScope;
import nl.waakzaam.shared.domain.PlainText;
import nl.waakzaam.signal.application.SignalChanges;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalStatus;

/**
 * The reporter's side of the conversation about a signal, whoever opened it: the reporter with
 * their receipt code, or the association that submitted the signal for its member.
 */
@ApplicationScoped
public class ReporterConversation {

  private MessageRepository messages;
  private SignalChanges changes;
  private Clock clock;

  protected ReporterConversation() {}

  @Inject
  public ReporterConversation(MessageRepository messages, SignalChanges changes, Clock clock) {
    this.messages = messages;
    this.changes = changes;
    this.clock = clock;
  }

  /** The messages about {@code signal}, oldest first, as the reporter sees them. */
  public List<ReporterMessage> of(Signal signal) {
    return messages.of(signal).stream().map(ReporterMessage::of).toList();
  }

  /**
   * The conversation of a duplicate's reporter: the messages about their own signal, then what the
   * platform wrote about {@code survivor} since the merge at {@code mergedAt} (never what the
   * survivor's reporter wrote), oldest first.
   */
  public List<ReporterMessage> following(Signal duplicate, Signal survivor, Instant mergedAt) {
    Stream<Message> own = messages.of(duplicate).stream();
    Stream<Message> since =
        messages.of(survivor).stream()
            .filter(m -> m.author() == Message.Author.STAFF && m.createdAt().isAfter(mergedAt));
    return Stream.concat(own, since)
        .sorted(Comparator.comparing(Message::createdAt))
        .map(ReporterMessage::of)
        .toList();
  }

  /**
   * The reporter of a duplicate folded into {@code survivor} wrote: the survivor has news for
   * staff, and if it waited for an answer, it has one.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void newsFromDuplicate(Signal survivor) {
    Instant now = clock.instant();
    changes.change(
        survivor.reference(),
        RegionScope.of(survivor.region()),
        s -> s.reporterReplied(Actor.reporter(), now));
  }

  /** The messages about each of {@code signals}, as their reporters see them, in one query. */
  public Map<UUID, List<ReporterMessage>> ofAll(Collection<Signal> signals) {
    Map<UUID, List<ReporterMessage>> bySignal = new HashMap<>();
    messages
        .ofAll(signals)
        .forEach(
            (signal, list) ->
                bySignal.put(signal, list.stream().map(ReporterMessage::of).toList()));
    return bySignal;
  }

  /**
   * {@code writer} writes to the platform for the reporter: a reply when the platform asked a
   * question and waits for the answer (the signal then goes back into triage), else added
   * information.
   *
   * @throws MessageRejectedException when the text cannot be a message
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ReporterMessage write(Signal signal, String text, Actor writer) {
    if (!isMessage(text)) {
      throw new MessageRejectedException();
    }
    Instant now = clock.instant();
    int sequence = messages.nextSequenceNumber(signal);
    boolean answersQuestion = signal.status() == SignalStatus.AWAITING_REPORTER;
    Message.Kind kind = answersQuestion ? Message.Kind.REPLY : Message.Kind.ADDITION;
    Message message = Message.fromReporter(signal, sequence, kind, text, now);
    messages.add(message);
    signal.reporterReplied(writer, now);
    changes.publish(signal);
    return ReporterMessage.of(message);
  }

  /** Whether {@code text} can be a message: 1 to 5,000 characters of plain text, not all blank. */
  public static boolean isMessage(String text) {
    return text != null
        && !text.isBlank()
        && text.length() <= Message.MAX_LENGTH
        && PlainText.isPlain(text);
  }
}
