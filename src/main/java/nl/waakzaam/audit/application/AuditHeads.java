package nl.waakzaam.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.audit.domain.AuditChain;
import nl.waakzaam.audit.domain.AuditRecord;
import nl.waakzaam.audit.domain.AuditRepository;
import nl.waakzaam.audit.domain.HeadsSigner;
import nl.waakzaam.audit.domain.HeadsStatement;

/**
 * The signed statement of where every chain ends, for auditors to keep outside the database, and
 * the comparison of an earlier one with the trail as it is now: a trail rewritten since (records
 * changed, removed, or the chain recomputed by someone who can write to the database) no longer
 * holds the hash the earlier statement names at that place.
 */
@ApplicationScoped
public class AuditHeads {

  private AuditRepository records;
  private HeadsSigner signer;
  private AuditTrail audit;
  private Clock clock;

  /** A statement with its signature and the public key to check it with. */
  public record Signed(HeadsStatement statement, String signature, String publicKey) {}

  /**
   * What an earlier statement says of the trail now.
   *
   * @param signed whether the statement is this platform's, unaltered
   * @param rewrittenChains the chains whose record at the earlier head is gone or different
   */
  public record Comparison(boolean signed, List<Integer> rewrittenChains) {
    public boolean holds() {
      return signed && rewrittenChains.isEmpty();
    }
  }

  protected AuditHeads() {}

  @Inject
  public AuditHeads(AuditRepository records, HeadsSigner signer, AuditTrail audit, Clock clock) {
    this.records = records;
    this.signer = signer;
    this.audit = audit;
    this.clock = clock;
  }

  /** The statement as of now, signed; for the server's own log. */
  @Transactional
  public Signed now() {
    List<HeadsStatement.Head> heads =
        records.heads().stream()
            .map(h -> new HeadsStatement.Head(h.chain(), h.lastSequence(), h.lastHash()))
            .toList();
    HeadsStatement statement = new HeadsStatement(clock.instant(), heads);
    return new Signed(statement, signer.sign(statement), signer.publicKey());
  }

  /** The statement as of now, for an auditor; the reading is recorded. */
  @Transactional
  public Signed forAuditor() {
    audit.record(
        AuditAction.AUDIT_HEADS_READ, Optional.empty(), Optional.empty(), Optional.empty());
    return now();
  }

  /** Compares an earlier statement, as text with its signature, with the trail now. */
  @Transactional
  public Comparison compare(String text, String signature) {
    audit.record(
        AuditAction.AUDIT_TRAIL_VERIFIED,
        Optional.empty(),
        Optional.empty(),
        Optional.of("against the heads statement of an earlier moment"));
    Optional<HeadsStatement> earlier = HeadsStatement.parse(text);
    if (earlier.isEmpty() || !signer.signed(earlier.get().text(), signature)) {
      return new Comparison(false, List.of());
    }
    List<Integer> rewritten = new ArrayList<>();
    for (HeadsStatement.Head head : earlier.get().heads()) {
      if (!stillThere(head)) {
        rewritten.add(head.chain());
      }
    }
    return new Comparison(true, List.copyOf(rewritten));
  }

  private boolean stillThere(HeadsStatement.Head head) {
    if (head.sequence() == 0) {
      return MessageDigest.isEqual(head.hash(), AuditChain.GENESIS);
    }
    return records
        .at(head.chain(), head.sequence())
        .map(AuditRecord::hash)
        .filter(hash -> MessageDigest.isEqual(hash, head.hash()))
        .isPresent();
  }
}
