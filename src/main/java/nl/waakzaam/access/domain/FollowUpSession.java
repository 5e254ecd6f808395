package nl.waakzaam.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;
import nl.waakzaam.signal.domain.Signal;

/**
 * A reporter's short follow-up session, opened with the receipt code. The session is known by the
 * SHA-256 of its random token only; it ends when the reporter leaves or after a period without use.
 */
@Entity
@Table(name = "followup_session")
@NamedQuery(
    name = "FollowUpSession.ofSignal",
    query = "select s from FollowUpSession s where s.signal = :signal order by s.createdAt")
@NamedQuery(
    name = "FollowUpSession.deleteOfSignal",
    query = "delete from FollowUpSession s where s.signal = :signal")
@NamedQuery(
    name = "FollowUpSession.deleteExpired",
    query = "delete from FollowUpSession s where s.expiresAt < :now")
public class FollowUpSession {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "signal_id", nullable = false, updatable = false)
  private Signal signal;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  protected FollowUpSession() {}

  private FollowUpSession(String tokenHash, Signal signal, Instant now) {
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.signal = Objects.requireNonNull(signal);
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /** A session opened {@code now}, open for one idle period and never past its lifetime. */
  public static FollowUpSession open(
      String tokenHash, Signal signal, Instant now, Duration idleTimeout, Duration maxLifetime) {
    FollowUpSession session = new FollowUpSession(tokenHash, signal, now);
    session.extend(now, idleTimeout, maxLifetime);
    return session;
  }

  /**
   * Whether the session is open: used within its idle period, and younger than {@code maxLifetime}.
   */
  public boolean isActiveAt(Instant now, Duration maxLifetime) {
    return now.isBefore(expiresAt.toInstant())
        && now.isBefore(createdAt.toInstant().plus(maxLifetime));
  }

  /**
   * The reporter used the session: it stays open for another idle period, but never past its
   * lifetime, however much it is used.
   */
  public void extend(Instant now, Duration idleTimeout, Duration maxLifetime) {
    Instant idle = now.plus(idleTimeout);
    Instant end = createdAt.toInstant().plus(maxLifetime);
    expiresAt = (idle.isBefore(end) ? idle : end).atOffset(ZoneOffset.UTC);
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Signal signal() {
    return signal;
  }

  public Instant expiresAt() {
    return expiresAt.toInstant();
  }

  /** Tokens are 256 random bits: a plain hash is enough to keep them out of the database. */
  public static String hashOf(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
