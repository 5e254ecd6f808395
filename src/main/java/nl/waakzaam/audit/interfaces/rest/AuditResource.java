package nl.waakzaam.audit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.audit.application.AuditHeads;
import nl.waakzaam.audit.application.AuditQueries;
import nl.waakzaam.audit.application.AuditRecordView;
import nl.waakzaam.audit.domain.ChainVerification;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.QueryParameters;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail for auditors: who looked at which signal, when and why, and whether it is intact.
 */
@Tag(name = "Audit")
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class AuditResource {

  static final int MAX_LIMIT = 200;

  @Inject private AuditQueries queries;

  @Inject private AuditHeads heads;

  @GET
  @RolesAllowed(Permission.Names.AUDIT_READ)
  @Operation(summary = "Audit records of the caller's regions, newest first")
  public AuditPage records(
      @QueryParam("signal") String signal,
      @QueryParam("actor") String actor,
      @QueryParam("before") String before,
      @QueryParam("limit") @DefaultValue("50") String limitText) {
    int limit = QueryParameters.limit(limitText, MAX_LIMIT);
    Optional<Long> beforeSequence = QueryParameters.position("before", before);
    List<AuditRecordView> page =
        queries.page(
            Optional.ofNullable(signal), Optional.ofNullable(actor), beforeSequence, limit);
    List<AuditRecordResponse> records = page.stream().map(AuditRecordResponse::of).toList();
    Long next = page.size() == limit ? page.get(page.size() - 1).position() : null;
    return new AuditPage(records, next);
  }

  @GET
  @Path("verification")
  @RolesAllowed(Permission.Names.AUDIT_READ)
  @Operation(summary = "Check the hash chain of the whole audit trail")
  public VerificationResponse verification() {
    ChainVerification.Result result = queries.verify();
    return new VerificationResponse(
        result.intact(),
        result.checked(),
        result.firstBroken().map(ChainVerification.Broken::chain).orElse(null),
        result.firstBroken().map(ChainVerification.Broken::sequenceNumber).orElse(null),
        result.firstBroken().map(ChainVerification.Broken::reason).orElse(null));
  }

  @GET
  @Path("heads")
  @RolesAllowed(Permission.Names.AUDIT_READ)
  @Operation(
      summary = "Where every chain of the audit trail ends now, signed",
      description =
          "Keep the statement and its signature outside the platform: compared later"
              + " (POST heads/comparison), it shows a trail rewritten since. The signature is"
              + " Ed25519 over the UTF-8 text; publicKey is the X.509 SubjectPublicKeyInfo in"
              + " Base64, so it can be checked without the platform.")
  public HeadsResponse heads() {
    AuditHeads.Signed signed = heads.forAuditor();
    return new HeadsResponse(
        signed.statement().text(), signed.signature(), "Ed25519", signed.publicKey());
  }

  @POST
  @Path("heads/comparison")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.AUDIT_READ)
  @Operation(
      summary = "Compare an earlier heads statement with the trail now",
      description =
          "holds is false when the statement is not this platform's (altered, or signed with"
              + " another key) or when the record at an earlier head is gone or different.")
  public ComparisonResponse compare(HeadsRequest request) {
    RequestBody.required(request);
    AuditHeads.Comparison comparison = heads.compare(request.statement(), request.signature());
    return new ComparisonResponse(
        comparison.holds(), comparison.signed(), comparison.rewrittenChains());
  }

  /** A signed statement of the heads, as {@code GET heads} gives it. */
  public record HeadsResponse(
      String statement, String signature, String algorithm, String publicKey) {}

  /** An earlier statement to compare. */
  public record HeadsRequest(
      @NotNull @Size(max = 4_000) String statement, @NotNull @Size(max = 200) String signature) {}

  /** What the earlier statement says of the trail now. */
  public record ComparisonResponse(
      boolean holds, boolean signedByThisPlatform, List<Integer> rewrittenChains) {}

  /** A page of records and, if there may be more, the {@code before} of the next page. */
  public record AuditPage(List<AuditRecordResponse> records, Long nextBefore) {}

  /** One record as an auditor reads it, with its place: position overall, chain and sequence. */
  public record AuditRecordResponse(
      long position,
      int chain,
      long sequence,
      Instant occurredAt,
      String actor,
      String actorName,
      List<String> jobs,
      String action,
      String signal,
      String region,
      String purpose) {

    static AuditRecordResponse of(AuditRecordView view) {
      var e = view.entry();
      return new AuditRecordResponse(
          view.position(),
          view.chain(),
          view.sequenceNumber(),
          view.occurredAt(),
          e.actorSubject(),
          e.actorName(),
          e.actorJobs().isEmpty() ? List.of() : Arrays.asList(e.actorJobs().split(",")),
          e.action().name(),
          e.signalReference().orElse(null),
          e.region().orElse(null),
          e.purpose().orElse(null));
    }
  }

  /** The outcome of a verification: intact, or where the chain first breaks and why. */
  public record VerificationResponse(
      boolean intact,
      long checked,
      Integer firstBrokenChain,
      Long firstBrokenSequence,
      String reason) {}
}
