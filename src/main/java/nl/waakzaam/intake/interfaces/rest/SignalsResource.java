package nl.waakzaam.intake.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import nl.waakzaam.intake.application.Receipt;
import nl.waakzaam.intake.application.RegionUndeterminedException;
import nl.waakzaam.intake.application.SignalIntake;
import nl.waakzaam.intake.application.SubmissionLimits;
import nl.waakzaam.intake.application.SubmissionMapper;
import nl.waakzaam.intake.application.SubmitSignalRequest;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Languages;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.shared.interfaces.web.ClientAddresses;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.SubmissionRepeatedException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signals coming in. Anyone may submit; nothing about the submitter's connection is kept. */
@Tag(name = "Signals")
@Path("signals")
@ApplicationScoped
public class SignalsResource {

  @Inject private SignalIntake intake;

  @Inject private SubmissionLimits limits;

  @Inject private ClientAddresses clients;

  @Context private HttpServletRequest servletRequest;

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Context private UriInfo uri;

  @Context private HttpHeaders headers;

  /** Public: reporters need no account. */
  @PermitAll
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "submitSignal",
      summary = "Submit a signal",
      description = "Anonymous unless contact details are given.")
  @APIResponse(
      responseCode = "201",
      description = "Received; the receipt code is shown this once.",
      content = @Content(schema = @Schema(ref = "SignalReceipt")))
  @APIResponse(
      responseCode = "400",
      description = "Not JSON.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "413",
      description = "Body too large.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description =
          "A signal came in with this Idempotency-Key before; Location names it. Nothing stored.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Field violations.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "429",
      description =
          "This client made as many submissions as it may this hour; Retry-After says how many"
              + " seconds to wait. Nothing stored.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "503",
      description = "No free reference this year; nothing stored.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response submit(
      @HeaderParam(IDEMPOTENCY_KEY)
          @Parameter(
              description =
                  "Any 1 to 100 visible ASCII characters that name this submission: sent again"
                      + " (a retry after a lost answer), it is recognised and not stored twice.")
          String idempotencyKey,
      SubmitSignalRequest request) {
    limits.admit(clients.networkOf(servletRequest));
    RequestBody.required(request);
    if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1,100}")) {
      throw new InvalidRequestException(Violation.of("", "idempotency-key.invalid"));
    }
    Receipt receipt;
    try {
      receipt =
          intake.receive(
              SubmissionMapper.toContent(request),
              Actor.reporter(),
              Optional.ofNullable(idempotencyKey));
    } catch (SubmissionRepeatedException e) {
      Response.ResponseBuilder conflict =
          Problem.of(409, e.problemType(), Languages.preferred(headers)).toResponseBuilder();
      e.reference()
          .ifPresent(
              r ->
                  conflict.location(
                      uri.getBaseUriBuilder().path("signals").path(r.value()).build()));
      return conflict.build();
    } catch (RegionUndeterminedException e) {
      String field =
          request.location().municipality() == null ? "/location/municipality" : "/location";
      throw new InvalidRequestException(Violation.of(field, "location.region-undetermined"));
    }
    URI location =
        uri.getBaseUriBuilder().path("signals").path(receipt.reference().value()).build();
    return Response.created(location).entity(SignalReceiptResponse.of(receipt)).build();
  }
}
