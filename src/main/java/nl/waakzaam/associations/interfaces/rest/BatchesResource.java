package nl.waakzaam.associations.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.associations.application.AssociationSignals;
import nl.waakzaam.associations.application.BatchItem;
import nl.waakzaam.associations.application.BatchSubmission;
import nl.waakzaam.associations.application.CurrentAssociation;
import nl.waakzaam.associations.domain.Association;
import nl.waakzaam.associations.domain.UnknownBatchException;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.BodyLimit;
import nl.waakzaam.shared.interfaces.rest.Languages;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBinding;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Batches of signals from an industry association, each sent under an Idempotency-Key so that a
 * retry after a lost answer stores nothing twice.
 */
@Tag(name = "Batches")
@Path("batches")
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.ASSOCIATION_CLIENT)
public class BatchesResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** Marks an answer given again for the same key and body. */
  static final String REPLAYED = "Idempotency-Replayed";

  @Inject private CurrentAssociation current;

  @Inject private BatchSubmission submission;

  @Inject private AssociationSignals signals;

  @Inject private RequestBinding binding;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @POST
  @RolesAllowed(Permission.Names.ASSOCIATION_SUBMIT)
  @BodyLimit(Setting.ASSOCIATION_MAX_BATCH_BYTES)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "submitBatch",
      summary = "Submit a batch of up to 500 signals",
      description =
          "Each signal is validated on its own, with the rules and messages of POST /signals; the"
              + " valid ones are stored together, in one transaction. The answer has one result per"
              + " item, in the batch's order. Sent again with the same Idempotency-Key and the same"
              + " body (within 24 hours), the first answer comes again, marked Idempotency-Replayed:"
              + " true, and nothing is stored twice.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "SubmitBatchRequest")))
  @APIResponse(
      responseCode = "201",
      description = "Stored (or, marked as a replay, stored before): one result per item.",
      headers =
          @Header(
              name = REPLAYED,
              description =
                  "true when this is the first answer given again for the same key and body.",
              schema = @Schema(type = SchemaType.STRING, enumeration = "true")),
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BatchAnswer")))
  @APIResponse(
      responseCode = "400",
      description = "No Idempotency-Key, a malformed one, or a body that is not JSON.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "403",
      description = "The token is not an association's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "A batch under this Idempotency-Key is still being stored; try again shortly.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "413",
      description = "Body too large.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description =
          "The envelope is wrong (no signals, more than 500), or the Idempotency-Key was used"
              + " with another body (type urn:waakzaam:problem:idempotency-key-reused).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "429",
      description =
          "Too many batches this minute, or too many signals today; Retry-After says when.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response submit(
      @HeaderParam(IDEMPOTENCY_KEY)
          @Parameter(
              required = true,
              description =
                  "A key of your own for this batch, 1 to 100 visible ASCII characters (a UUID"
                      + " does); kept 24 hours.")
          String idempotencyKey,
      byte[] body) {
    Association association = current.association();
    Locale locale = Languages.preferred(headers);
    if (idempotencyKey == null) {
      return Problem.of(400, "idempotency-key-missing", locale).toResponse();
    }
    if (!idempotencyKey.matches("[\\x21-\\x7E]{1,100}")) {
      return Problem.of(400, "idempotency-key-invalid", locale).toResponse();
    }
    byte[] fingerprint = sha256(body);
    Optional<BatchSubmission.Submitted> replay =
        submission.replay(association, idempotencyKey, fingerprint);
    BatchSubmission.Submitted submitted;
    if (replay.isPresent()) {
      submitted = replay.get();
    } else {
      submission.admit(association);
      List<BatchEnvelope.Read> read =
          BatchEnvelope.read(body == null ? new byte[0] : body, binding);
      List<BatchItem> valid = read.stream().flatMap(r -> r.item().stream()).toList();
      submitted =
          submission.submit(
              association,
              idempotencyKey,
              fingerprint,
              read.size(),
              valid,
              new BatchAnswer(read, locale));
    }
    Response.ResponseBuilder answer =
        Response.created(
                uri.getBaseUriBuilder()
                    .path("batches")
                    .path(submitted.batchId().toString())
                    .build())
            .type(MediaType.APPLICATION_JSON)
            .entity(submitted.body());
    if (submitted.replay()) {
      answer.header(REPLAYED, "true");
    }
    return answer.build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Permission.Names.ASSOCIATION_READ)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getBatch",
      summary = "One of your batches",
      description =
          "Its signals as they stand now and the items refused then; receipt codes are not shown"
              + " again.")
  @APIResponse(
      responseCode = "200",
      description = "The batch.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Batch")))
  @APIResponse(
      responseCode = "404",
      description = "No batch of yours with this id.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public BatchResponse batch(@PathParam("id") String id) {
    Association association = current.association();
    return BatchResponse.of(signals.batch(association, uuid(id)));
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new UnknownBatchException();
    }
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** For the OpenAPI document: the answer's shape. */
  @Schema(name = "BatchAnswer")
  record BatchAnswerSchema(
      String id, int received, int refused, List<BatchItemResultSchema> items) {}

  /** For the OpenAPI document: one item's result. */
  @Schema(name = "BatchItemResult")
  record BatchItemResultSchema(
      int index,
      String memberReference,
      @Schema(enumeration = {BatchAnswer.RECEIVED, BatchAnswer.REFUSED}) String outcome,
      @Schema(description = "When received.", example = "VO-2026-483920") String reference,
      @Schema(description = "When received: for the member, shown this once.") String receiptCode,
      @Schema(description = "When received.") String status,
      @Schema(ref = "Problem", description = "When refused: the problem, with its violations.")
          Object problem) {}
}
