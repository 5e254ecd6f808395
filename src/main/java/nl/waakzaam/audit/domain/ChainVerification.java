package nl.waakzaam.audit.domain;

import java.security.MessageDigest;
import java.util.Optional;

/**
 * Walks one chain of the audit trail in order and finds the first link that does not hold: a record
 * missing from the sequence, a record whose stored hash is not the hash of its fields, one that
 * does not point at the record before it, or one whose seal was not made with the application's key
 * (written by someone with the database but not the key, however well its hash links up). Fed
 * record by record, so that the trail is never held in memory whole.
 *
 * <p>Records from before records were sealed (migration V10) have no seal; they are counted as
 * unsealed, and a record without a seal after a sealed one breaks the chain.
 */
public final class ChainVerification {

  private final int chain;
  private final AuditSeal seal;
  private boolean sealedSeen;
  private long unsealed;
  private long expectedSequence = 1;
  private byte[] expectedPrevious = AuditChain.GENESIS;
  private long checked;
  private Broken broken;

  /** Where and why a chain breaks. */
  public record Broken(int chain, long sequenceNumber, String reason) {}

  /**
   * The outcome: how many records were checked, how many of them carry no seal (written before
   * records were sealed), and the first broken link if any.
   */
  public record Result(long checked, long unsealed, Optional<Broken> firstBroken) {
    public static final Result NONE = new Result(0, 0, Optional.empty());

    public boolean intact() {
      return firstBroken.isEmpty();
    }

    /** The outcome of this chain and {@code next} together: counts add up, the first break wins. */
    public Result and(Result next) {
      return new Result(
          checked + next.checked, unsealed + next.unsealed, firstBroken.or(next::firstBroken));
    }
  }

  /** A verification of {@code chain}, from its first record, against the application's seal. */
  public ChainVerification(int chain, AuditSeal seal) {
    this.chain = chain;
    this.seal = seal;
  }

  /** Checks the next record; after a break the rest is not looked at. */
  public void accept(AuditRecord record) {
    if (broken != null) {
      return;
    }
    if (record.chain() != chain || record.sequenceNumber() != expectedSequence) {
      broken = new Broken(chain, expectedSequence, "record missing");
      return;
    }
    if (!MessageDigest.isEqual(record.previousHash(), expectedPrevious)) {
      broken = new Broken(chain, record.sequenceNumber(), "does not follow the record before it");
      return;
    }
    byte[] recomputed = AuditChain.hash(record.sequenceNumber(), expectedPrevious, record.entry());
    if (!MessageDigest.isEqual(record.hash(), recomputed)) {
      broken = new Broken(chain, record.sequenceNumber(), "changed after it was written");
      return;
    }
    Optional<byte[]> recordSeal = record.seal();
    if (recordSeal.isEmpty()) {
      if (sealedSeen) {
        broken = new Broken(chain, record.sequenceNumber(), "not sealed by the application");
        return;
      }
      unsealed++;
    } else if (!seal.holds(recomputed, recordSeal.get())) {
      broken = new Broken(chain, record.sequenceNumber(), "not sealed by the application");
      return;
    } else {
      sealedSeen = true;
    }
    checked++;
    expectedSequence++;
    expectedPrevious = recomputed;
  }

  /** The end of the trail must be where the chain's head says it is: else records were removed. */
  public Result finish(long headSequence, byte[] headHash) {
    if (broken == null
        && (headSequence != expectedSequence - 1
            || !MessageDigest.isEqual(headHash, expectedPrevious))) {
      broken = new Broken(chain, expectedSequence, "records missing at the end");
    }
    return new Result(checked, unsealed, Optional.ofNullable(broken));
  }
}
