package nl.waakzaam.shared.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The entry point of the API: what it is and where its description lives. */
@Tag(name = "API")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ApiRootResource {

  private static final ApiRoot ROOT = new ApiRoot("Waakzaam API", "v1", "/openapi", "/health");

  /** Public: says nothing that the OpenAPI document does not. */
  @PermitAll
  @GET
  @Operation(summary = "Describe the API")
  public ApiRoot root() {
    return ROOT;
  }

  /** The answer of {@link #root()}. */
  public record ApiRoot(String name, String version, String openapi, String health) {}
}
