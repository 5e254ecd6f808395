package nl.waakzaam.feedback.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.waakzaam.feedback.application.FollowUp;
import nl.waakzaam.feedback.application.FollowUpToken;
import nl.waakzaam.feedback.application.ReporterMessage;
import nl.waakzaam.feedback.application.ReporterView;
import nl.waakzaam.shared.interfaces.rest.AuthorizationHeader;
import nl.waakzaam.shared.interfaces.rest.Languages;
import nl.waakzaam.shared.interfaces.rest.Messages;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import nl.waakzaam.shared.interfaces.web.ClientAddresses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reporter follow-up with the receipt code. A wrong code and a wrong or lapsed session answer alike
 * (401), whether or not a signal exists; repeated wrong codes are refused for a while (429).
 */
@Tag(name = "Follow-up")
@Path("followup")
@ApplicationScoped
public class FollowUpResource {

  static final String SCHEME = AuthorizationHeader.FOLLOW_UP;

  @Inject private FollowUp followUp;

  @Inject private ClientAddresses clients;

  @Context private HttpServletRequest servletRequest;

  @Context private HttpHeaders headers;

  /** Public: the receipt code is the credential. */
  @PermitAll
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Open a follow-up session with the receipt code")
  @APIResponse(
      responseCode = "200",
      description = "A session for the follow-up calls.",
      content = @Content(schema = @Schema(ref = "FollowUpSession")))
  @APIResponse(
      responseCode = "401",
      description = "Receipt code rejected.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "429",
      description = "Too many wrong codes.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public FollowUpTokenResponse open(FollowUpRequest request) {
    RequestBody.required(request);
    FollowUpToken token = followUp.open(request.receiptCode(), clients.networkOf(servletRequest));
    return new FollowUpTokenResponse(token.value(), SCHEME, token.expiresAt());
  }

  /** Public: the follow-up token is the credential. */
  @PermitAll
  @GET
  @Path("signal")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "followedSignal",
      summary = "The status and timeline of the signal, as its reporter sees it")
  @APIResponse(
      responseCode = "200",
      description = "The signal as its reporter sees it.",
      content = @Content(schema = @Schema(ref = "ReporterSignal")))
  @APIResponse(
      responseCode = "401",
      description = "No open session.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ReporterSignalResponse signal(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return present(followUp.view(token(authorization)), Messages.in(Languages.preferred(headers)));
  }

  /** Public: the follow-up token is the credential. */
  @PermitAll
  @GET
  @Path("messages")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The conversation with the platform, oldest message first")
  @APIResponse(
      responseCode = "200",
      description = "The messages.",
      content = @Content(schema = @Schema(implementation = ReporterMessageResponse[].class)))
  @APIResponse(
      responseCode = "401",
      description = "No open session.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<ReporterMessageResponse> messages(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return followUp.messages(token(authorization)).stream()
        .map(ReporterMessageResponse::of)
        .toList();
  }

  /** Public: the follow-up token is the credential. */
  @PermitAll
  @POST
  @Path("messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "writeToPlatform",
      summary = "Write to the platform",
      description =
          "A reply when the platform asked a question and waits for the answer (the signal then"
              + " goes back to the platform), else added information.")
  @APIResponse(
      responseCode = "201",
      description = "Written.",
      content = @Content(schema = @Schema(ref = "ReporterMessage")))
  @APIResponse(
      responseCode = "401",
      description = "No open session.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Empty, too long, or not plain text; nothing stored.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response write(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      ReporterMessageRequest request) {
    RequestBody.required(request);
    ReporterMessage written = followUp.write(token(authorization), request.text());
    return Response.status(Response.Status.CREATED)
        .entity(ReporterMessageResponse.of(written))
        .build();
  }

  /** Public: the follow-up token is the credential. */
  @PermitAll
  @DELETE
  @Operation(summary = "Leave: end the follow-up session")
  @APIResponse(responseCode = "204", description = "Ended.")
  @APIResponse(
      responseCode = "401",
      description = "No open session.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response leave(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    followUp.end(token(authorization));
    return Response.noContent().build();
  }

  /** The token of {@code Authorization: FollowUp <token>}; anything else counts as no token. */
  static String token(String authorization) {
    return AuthorizationHeader.credential(authorization, SCHEME).orElse(null);
  }

  private static ReporterSignalResponse present(ReporterView view, Messages messages) {
    return new ReporterSignalResponse(
        view.reference().value(),
        view.kind().name(),
        view.status().name(),
        messages.text("reporter-status." + view.status().name()),
        view.outcome().map(Enum::name).orElse(null),
        view.outcome().map(o -> messages.text("outcome." + o.name())).orElse(null),
        view.outcomeText().orElse(null),
        view.receivedOn(),
        view.timeline().stream()
            .map(
                e ->
                    new ReporterSignalResponse.Step(
                        e.status().name(),
                        messages.text("reporter-status." + e.status().name()),
                        e.on()))
            .toList(),
        view.partners().stream()
            .sorted()
            .map(p -> messages.text("reporter-partner." + p.name()))
            .toList());
  }
}
