package nl.waakzaam.associations.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.associations.application.CurrentAssociation;
import nl.waakzaam.associations.application.Webhooks;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where an association is told of changes to its signals, as the Standard Webhooks specification
 * describes: headers {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}
 * ({@code v1,} and the Base64 HMAC-SHA-256 of {@code id.timestamp.body} under the secret).
 */
@Tag(name = "Webhooks")
@Path("webhooks")
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.ASSOCIATION_CLIENT)
public class WebhooksResource {

  static final int DEFAULT_LIMIT = 50;

  @Inject private CurrentAssociation current;

  @Inject private Webhooks webhooks;

  @PUT
  @RolesAllowed(Permission.Names.ASSOCIATION_SUBMIT)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putWebhook",
      summary = "Set your webhook endpoint",
      description =
          "An HTTPS address on the public internet. Replaces an earlier endpoint (and enables it"
              + " again) with a new secret, shown in this answer only.")
  @APIResponse(
      responseCode = "200",
      description = "Set; keep the secret.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook")))
  @APIResponse(
      responseCode = "422",
      description =
          "Not HTTPS, or not on the public internet (urn:waakzaam:problem:webhook-target-refused).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public WebhookResponse put(WebhookRequest request) {
    Webhooks.Registered registered = webhooks.register(current.association(), request.url());
    return WebhookResponse.of(registered.endpoint(), registered.secret());
  }

  @GET
  @RolesAllowed(Permission.Names.ASSOCIATION_READ)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getWebhook", summary = "Your webhook endpoint, without its secret")
  @APIResponse(
      responseCode = "200",
      description = "The endpoint.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook")))
  @APIResponse(
      responseCode = "404",
      description = "No endpoint set.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public WebhookResponse get() {
    return WebhookResponse.of(webhooks.endpoint(current.association()), null);
  }

  @DELETE
  @RolesAllowed(Permission.Names.ASSOCIATION_SUBMIT)
  @Operation(
      operationId = "deleteWebhook",
      summary = "No more webhooks",
      description = "The endpoint and its secret go; messages not yet delivered are not sent.")
  @APIResponse(responseCode = "204", description = "Removed.")
  @APIResponse(
      responseCode = "404",
      description = "No endpoint set.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response delete() {
    webhooks.remove(current.association());
    return Response.noContent().build();
  }

  @POST
  @Path("secret-rotation")
  @RolesAllowed(Permission.Names.ASSOCIATION_SUBMIT)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "rotateWebhookSecret",
      summary = "A new secret",
      description =
          "Shown in this answer only. For 24 hours every message carries two signatures, one per"
              + " secret, so that you can switch without losing a message.")
  @APIResponse(
      responseCode = "200",
      description = "Rotated; keep the new secret.",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook")))
  @APIResponse(
      responseCode = "404",
      description = "No endpoint set.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public WebhookResponse rotate() {
    Webhooks.Registered rotated = webhooks.rotate(current.association());
    return WebhookResponse.of(rotated.endpoint(), rotated.secret());
  }

  @GET
  @Path("deliveries")
  @RolesAllowed(Permission.Names.ASSOCIATION_READ)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "Your latest webhook messages, newest first, with every attempt")
  @APIResponse(
      responseCode = "200",
      description = "The log.",
      content = @Content(schema = @Schema(implementation = WebhookResponse.Delivery[].class)))
  public List<WebhookResponse.Delivery> deliveries(@QueryParam("limit") String limit) {
    int size = limit == null ? DEFAULT_LIMIT : QueryParameters.limit(limit, Webhooks.MAX_LOG);
    return webhooks.deliveries(current.association(), size).stream()
        .map(WebhookResponse.Delivery::of)
        .toList();
  }

  @POST
  @Path("deliveries/{id}/redelivery")
  @RolesAllowed(Permission.Names.ASSOCIATION_SUBMIT)
  @Operation(operationId = "redeliverWebhookMessage", summary = "Send a message again, now")
  @APIResponse(responseCode = "202", description = "It will be sent again shortly.")
  @APIResponse(
      responseCode = "404",
      description = "No message of yours with this id.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response redeliver(@PathParam("id") String id) {
    webhooks.redeliver(current.association(), id);
    return Response.accepted().build();
  }
}
