package nl.waakzaam.audit.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;
import nl.waakzaam.audit.application.AuditHeads;

/**
 * Writes the signed statement of the audit chains' heads to the server log every hour, so that the
 * log (which leaves the machine, and which whoever controls the database does not control) holds a
 * checkpoint a rewritten trail can be held against: {@code POST /api/v1/audit/heads/comparison}
 * with the decoded text and the signature. Each instance writes its own; they agree.
 */
@Singleton
public class HeadsLog {

  private static final Logger LOG = Logger.getLogger(HeadsLog.class.getName());

  @Inject private AuditHeads heads;

  @Schedule(minute = "0", hour = "*", persistent = false)
  void export() {
    AuditHeads.Signed signed = heads.now();
    String text = signed.statement().text();
    LOG.info(
        () ->
            "Audit heads at "
                + signed.statement().issuedAt()
                + ": statement "
                + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
                + " signature "
                + signed.signature()
                + " key "
                + signed.publicKey());
  }
}
