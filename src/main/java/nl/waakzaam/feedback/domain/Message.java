package nl.waakzaam.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.signal.domain.Signal;

/**
 * One message between a platform and the reporter of a signal: a question or information from
 * staff, a reply or added information from the reporter. Written once, never edited.
 */
@Entity
@Table(name = "signal_message")
@NamedQuery(
    name = "Message.ofSignal",
    query = "select m from Message m where m.signal = :signal order by m.sequenceNumber")
@NamedQuery(
    name = "Message.ofSignals",
    query =
        "select m from Message m where m.signal in :signals"
            + " order by m.signal.id, m.sequenceNumber")
@NamedQuery(
    name = "Message.countOfSignal",
    query = "select count(m) from Message m where m.signal = :signal")
public class Message {

  /** Who wrote it. */
  public enum Author {
    STAFF,
    REPORTER
  }

  /** What it is. Staff ask and inform; the reporter replies and adds. */
  public enum Kind {
    QUESTION(Author.STAFF),
    INFORMATION(Author.STAFF),
    REPLY(Author.REPORTER),
    ADDITION(Author.REPORTER);

    private final Author author;

    Kind(Author author) {
      this.author = author;
    }

    public Author author() {
      return author;
    }
  }

  /** The longest message, in characters. */
  public static final int MAX_LENGTH = 5_000;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "signal_id", nullable = false, updatable = false)
  private Signal signal;

  @Column(name = "sequence_number", nullable = false, updatable = false)
  private int sequenceNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "author", nullable = false, updatable = false, length = 20)
  private Author author;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 20)
  private Kind kind;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "staff_subject", updatable = false, length = 100)
  private String staffSubject;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected Message() {}

  private Message(
      Signal signal, int sequenceNumber, Kind kind, String body, String staffSubject, Instant at) {
    if (body == null || body.isBlank() || body.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("A message holds 1 to " + MAX_LENGTH + " characters");
    }
    this.id = Randomness.uuid();
    this.signal = Objects.requireNonNull(signal);
    this.sequenceNumber = sequenceNumber;
    this.kind = kind;
    this.author = kind.author();
    this.body = body;
    this.staffSubject = staffSubject;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
  }

  /** The reporter's message, the {@code sequenceNumber}-th of the signal's conversation. */
  public static Message fromReporter(
      Signal signal, int sequenceNumber, Kind kind, String body, Instant at) {
    if (kind.author() != Author.REPORTER) {
      throw new IllegalArgumentException(kind + " is not a reporter's message");
    }
    return new Message(signal, sequenceNumber, kind, body, null, at);
  }

  /** A staff member's message, the {@code sequenceNumber}-th of the signal's conversation. */
  public static Message fromStaff(
      Signal signal, int sequenceNumber, Kind kind, String body, String staffSubject, Instant at) {
    if (kind.author() != Author.STAFF) {
      throw new IllegalArgumentException(kind + " is not a staff message");
    }
    return new Message(
        signal, sequenceNumber, kind, body, Objects.requireNonNull(staffSubject), at);
  }

  public Author author() {
    return author;
  }

  /** The id of the signal it is about. */
  public UUID signalId() {
    return signal.id();
  }

  public Kind kind() {
    return kind;
  }

  public String body() {
    return body;
  }

  /** Who of the staff wrote it: internal, never shown to the reporter. */
  public Optional<String> staffSubject() {
    return Optional.ofNullable(staffSubject);
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }
}
