package nl.waakzaam.associations.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.associations.application.AssociationSignalView;
import nl.waakzaam.associations.application.AssociationSignals;
import nl.waakzaam.associations.application.CurrentAssociation;
import nl.waakzaam.associations.domain.AssociationSignalRepository.Position;
import nl.waakzaam.feedback.application.ReporterMessage;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.QueryParameters;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.signal.domain.SignalReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An association follows its own signals and answers the platform for its members. */
@Tag(name = "Association signals")
@Path("association/signals")
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.ASSOCIATION_CLIENT)
public class AssociationSignalsResource {

  static final int DEFAULT_LIMIT = 50;

  @Inject private CurrentAssociation current;

  @Inject private AssociationSignals signals;

  /** A page of signals, and where the next one starts. */
  @Schema(name = "AssociationSignalPage")
  public record Page(List<AssociationSignalResponse> items, String next) {}

  @GET
  @RolesAllowed(Permission.Names.ASSOCIATION_READ)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listAssociationSignals",
      summary = "Your signals, in the order they last changed",
      description =
          "What your members would see on the follow-up page, nothing of staff's own judgement."
              + " Poll with changedSince (the changedAt of the last signal you saw), or follow"
              + " next until it is null.")
  @APIResponse(
      responseCode = "200",
      description = "A page.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "AssociationSignalPage")))
  @APIResponse(
      responseCode = "422",
      description = "A malformed changedSince, after or limit.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Page list(
      @QueryParam("changedSince")
          @Parameter(description = "Only signals changed after this moment (ISO-8601, UTC).")
          String changedSince,
      @QueryParam("after") @Parameter(description = "The next of the previous page.") String after,
      @QueryParam("limit") @Parameter(description = "1 to 200; 50 when left out.") String limit) {
    int size =
        limit == null ? DEFAULT_LIMIT : QueryParameters.limit(limit, AssociationSignals.MAX_PAGE);
    List<AssociationSignalView> page =
        signals.page(current.association(), instant(changedSince), position(after), size);
    String next = page.size() < size ? null : cursor(page.get(page.size() - 1));
    return new Page(page.stream().map(AssociationSignalResponse::of).toList(), next);
  }

  @POST
  @Path("{reference}/messages")
  @RolesAllowed(Permission.Names.ASSOCIATION_SUBMIT)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "answerForMember",
      summary = "Answer the platform for your member",
      description =
          "As the member would on the follow-up page: a reply to the platform's question, or"
              + " something added.")
  @APIResponse(
      responseCode = "201",
      description = "Written.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "AssociationMessage")))
  @APIResponse(
      responseCode = "404",
      description = "No signal of yours with this reference.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "An empty or too long text.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response write(
      @PathParam("reference") String reference, AssociationMessageRequest request) {
    SignalReference own = SignalReference.named(reference);
    ReporterMessage written = signals.write(current.association(), own, request.text());
    return Response.status(201).entity(AssociationSignalResponse.MessageItem.of(written)).build();
  }

  private static Optional<Instant> instant(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text.trim()));
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(Violation.of("changedSince", "query.instant"));
    }
  }

  static String cursor(AssociationSignalView last) {
    String position = last.changedAt() + "|" + last.batchId() + "|" + last.itemIndex();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(position.getBytes(StandardCharsets.US_ASCII));
  }

  static Optional<Position> position(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return Optional.empty();
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII)
              .split("\\|", -1);
      if (parts.length == 3) {
        return Optional.of(
            new Position(
                Instant.parse(parts[0]), UUID.fromString(parts[1]), Integer.parseInt(parts[2])));
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      // reported below
    }
    throw new InvalidRequestException(Violation.of("after", "query.position"));
  }
}
