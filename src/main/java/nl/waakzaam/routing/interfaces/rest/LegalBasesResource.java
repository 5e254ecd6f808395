package nl.waakzaam.routing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.routing.application.RegionPartners;
import nl.waakzaam.routing.domain.LegalBasis;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The legal bases a coordinator chooses from when forwarding, with their wording and source. */
@Tag(name = "Routing")
@Path("legal-bases")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class LegalBasesResource {

  @Inject private RegionPartners partners;

  /** One legal basis. */
  @Schema(name = "LegalBasis")
  public record Basis(
      @Schema(example = "RIEC_COVENANT") String key, String title, String wording, String source) {
    static Basis of(LegalBasis b) {
      return new Basis(b.key(), b.title(), b.wording(), b.source());
    }
  }

  @GET
  @RolesAllowed(Permission.Names.SIGNAL_ROUTE)
  @Operation(operationId = "legalBases", summary = "The legal bases to forward on")
  public List<Basis> list() {
    return partners.legalBases().stream().map(Basis::of).toList();
  }
}
