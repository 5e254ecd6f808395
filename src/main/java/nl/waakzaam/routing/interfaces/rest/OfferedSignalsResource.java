package nl.waakzaam.routing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.routing.application.Transfers;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signals other regions offered to the caller's: what waits for their answer. */
@Tag(name = "Routing")
@Path("transfers")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class OfferedSignalsResource {

  @Inject private Transfers transfers;

  /** A signal offered to one of the caller's regions. */
  @Schema(name = "OfferedSignal")
  public record Offered(
      String reference,
      String status,
      @Schema(example = "limburg") String from,
      @Schema(example = "zeeland-west-brabant") String to,
      String reason,
      String offeredBy,
      Instant offeredAt) {

    static Offered of(Transfers.Offered o) {
      return new Offered(
          o.reference().value(),
          o.status().name(),
          o.from().slug(),
          o.to().slug(),
          o.reason(),
          o.offeredBy(),
          o.offeredAt());
    }
  }

  @GET
  @RolesAllowed(Permission.Names.SIGNAL_READ)
  @Operation(
      operationId = "listOfferedSignals",
      summary = "Signals other regions offered to the caller's regions",
      description =
          "The longest waiting first. A coordinator opens each (GET /signals/{reference}) and"
              + " accepts or returns it.")
  public List<Offered> list() {
    return transfers.offeredToMe().stream().map(Offered::of).toList();
  }
}
