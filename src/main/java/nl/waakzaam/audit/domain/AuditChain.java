package nl.waakzaam.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash chain of the audit trail: each record's hash is SHA-256 over the previous record's hash
 * and the record's own fields, each written with its length so that no two different records read
 * alike. Changing, removing or reordering a record breaks every link after it.
 */
public final class AuditChain {

  /** The "previous hash" of the first record. */
  public static final byte[] GENESIS = new byte[32];

  private AuditChain() {}

  public static byte[] hash(long sequenceNumber, byte[] previousHash, AuditEntry entry) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(previousHash);
      field(sha, Long.toString(sequenceNumber));
      field(sha, entry.occurredAt().toString());
      field(sha, entry.actorSubject());
      field(sha, entry.actorName());
      field(sha, entry.actorJobs());
      field(sha, entry.action().name());
      field(sha, entry.signalReference().orElse(""));
      field(sha, entry.region().orElse(""));
      field(sha, entry.purpose().orElse(""));
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static void field(MessageDigest sha, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    sha.update(bytes);
  }
}
