package nl.waakzaam.attachments.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.shared.domain.NullableUuid;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Signal;

/**
 * A file added to a signal. It is kept as uploaded (encrypted) from the moment it comes in, so
 * nothing is lost; the inspection then accepts it, with a clean copy for staff and its text, or
 * refuses it with a reason the reporter reads. The signal never depends on it.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(
    name = "Attachment.ofSignal",
    query = "select a from Attachment a where a.signal = :signal order by a.receivedAt, a.id")
@NamedQuery(
    name = "Attachment.usageOfSignal",
    query =
        "select count(a), coalesce(sum(a.size), 0) from Attachment a where a.signal = :signal"
            + " and a.state <> nl.waakzaam.attachments.domain.AttachmentState.REFUSED")
public class Attachment {

  /** The longest file name kept; longer ones are cut. */
  public static final int MAX_NAME = 255;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "signal_id", nullable = false, updatable = false)
  private Signal signal;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private AttachmentState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "refusal", length = 30)
  private Refusal refusal;

  /** The name the uploader gave, sealed with the file's own key ({@link FileStore#seal}). */
  @Column(name = "declared_name_sealed", updatable = false)
  private byte[] declaredName;

  @Column(name = "declared_type", updatable = false)
  private String declaredType;

  @Column(name = "detected_type")
  private String detectedType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "sha256", nullable = false, updatable = false)
  private byte[] sha256;

  /** The text found in the file, sealed with the file's own key; for search. */
  @Column(name = "extracted_text_sealed")
  private byte[] text;

  @Embedded
  @AttributeOverride(name = "type", column = @Column(name = "uploader_type"))
  @AttributeOverride(name = "id", column = @Column(name = "uploader_id"))
  private Actor uploader;

  @Column(name = "received_at", nullable = false, updatable = false)
  private OffsetDateTime receivedAt;

  @Column(name = "processing_started_at")
  private OffsetDateTime processingStartedAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "processed_at")
  private OffsetDateTime processedAt;

  @Column(name = "original_blob_id", nullable = false, updatable = false)
  private UUID original;

  // Not inserted: a file comes in without a copy, and EclipseLink would bind the null as text,
  // which PostgreSQL refuses for a uuid column. It is set, once, when the file is accepted.
  @Column(name = "sanitized_blob_id", insertable = false)
  @Convert(converter = NullableUuid.class)
  private UUID sanitized;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Attachment() {}

  private Attachment(
      Signal signal,
      StagedFile file,
      byte[] declaredName,
      String declaredType,
      Actor uploader,
      Instant at) {
    this.id = Randomness.uuid();
    this.signal = Objects.requireNonNull(signal);
    this.state = AttachmentState.RECEIVED;
    this.declaredName = Objects.requireNonNull(declaredName).clone();
    this.declaredType = declaredType == null ? null : cut(declaredType);
    this.size = file.size();
    this.sha256 = file.sha256();
    this.uploader = Objects.requireNonNull(uploader);
    this.receivedAt = at.atOffset(ZoneOffset.UTC);
    this.original = file.id();
  }

  /**
   * A file that has just come in and is kept as uploaded; its inspection is still to come.
   *
   * @param declaredName the {@link #nameOf name} the uploader gave, sealed with the file's key
   */
  public static Attachment received(
      Signal signal,
      StagedFile file,
      byte[] declaredName,
      String declaredType,
      Actor uploader,
      Instant at) {
    return new Attachment(signal, file, declaredName, declaredType, uploader, at);
  }

  /** The inspection begins: counted, so that a file whose inspection keeps failing ends. */
  public void startInspection(Instant at) {
    requireReceived();
    attempts++;
    processingStartedAt = at.atOffset(ZoneOffset.UTC);
  }

  /**
   * @param text the text found in the file, sealed with the file's key
   */
  public void accept(String detectedType, byte[] text, UUID sanitizedCopy, Instant at) {
    requireReceived();
    this.state = AttachmentState.ACCEPTED;
    this.detectedType = detectedType;
    this.text = text == null ? null : text.clone();
    this.sanitized = Objects.requireNonNull(sanitizedCopy);
    this.processedAt = at.atOffset(ZoneOffset.UTC);
  }

  public void refuse(Refusal reason, String detectedType, Instant at) {
    requireReceived();
    this.state = AttachmentState.REFUSED;
    this.refusal = Objects.requireNonNull(reason);
    this.detectedType = detectedType;
    this.processedAt = at.atOffset(ZoneOffset.UTC);
  }

  private void requireReceived() {
    if (state != AttachmentState.RECEIVED) {
      throw new IllegalStateException("Attachment " + id + " was inspected already");
    }
  }

  /**
   * The name kept for what the uploader called the file: without controls, slashes or bidi marks.
   */
  public static String nameOf(String declared) {
    return cut(declared == null || declared.isBlank() ? "bestand" : declared);
  }

  private static String cut(String text) {
    String clean = text.replaceAll("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069/\\\\]", "_").strip();
    return clean.length() <= MAX_NAME ? clean : clean.substring(0, MAX_NAME);
  }

  public UUID id() {
    return id;
  }

  public Signal signal() {
    return signal;
  }

  public AttachmentState state() {
    return state;
  }

  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** The name the uploader gave: information only, never used to decide or to serve the file. */
  /**
   * The declared name, sealed: {@link FileStore#open} reads it. Empty for a file kept before names
   * were sealed (its clear name was dropped, not kept).
   */
  public Optional<byte[]> sealedName() {
    return Optional.ofNullable(declaredName).map(byte[]::clone);
  }

  public Optional<String> declaredType() {
    return Optional.ofNullable(declaredType);
  }

  public Optional<String> detectedType() {
    return Optional.ofNullable(detectedType);
  }

  public long size() {
    return size;
  }

  public byte[] sha256() {
    return sha256.clone();
  }

  /** The extracted text, sealed, once accepted: {@link FileStore#open} reads it. */
  public Optional<byte[]> sealedText() {
    return Optional.ofNullable(text).map(byte[]::clone);
  }

  public Actor uploader() {
    return uploader;
  }

  public Instant receivedAt() {
    return receivedAt.toInstant();
  }

  public int attempts() {
    return attempts;
  }

  public Optional<Instant> processingStartedAt() {
    return Optional.ofNullable(processingStartedAt).map(OffsetDateTime::toInstant);
  }

  public UUID original() {
    return original;
  }

  public Optional<UUID> sanitizedCopy() {
    return Optional.ofNullable(sanitized);
  }
}
