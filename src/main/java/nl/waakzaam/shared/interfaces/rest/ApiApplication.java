package nl.waakzaam.shared.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, versioned under {@code /api/v1}; its OpenAPI description is served at {@code
 * /openapi}.
 */
@ApplicationPath("api/v1")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Waakzaam API",
            version = "1",
            description =
                "Signals of organised, undermining crime for the regional Platforms Veilig"
                    + " Ondernemen. Every error is application/problem+json (RFC 9457).",
            license = @License(name = "EUPL-1.2")))
@SecurityScheme(
    securitySchemeName = ApiApplication.STAFF_TOKEN,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "An access token of the realm waakzaam (Keycloak), with the audience waakzaam-api.")
@SecurityScheme(
    securitySchemeName = ApiApplication.ASSOCIATION_CLIENT,
    type = SecuritySchemeType.OPENIDCONNECT,
    description =
        "An industry association's own Keycloak client (confidential, service account only): an"
            + " access token by the client credentials grant at the token endpoint the realm's"
            + " discovery document names, sent as Authorization: Bearer.",
    openIdConnectUrl = OpenApiCleanup.DISCOVERY_PLACEHOLDER)
public class ApiApplication extends Application {

  /** The name of the bearer-token scheme in the OpenAPI document. */
  public static final String STAFF_TOKEN = "keycloak";

  /** The name of the associations' client-credentials scheme in the OpenAPI document. */
  public static final String ASSOCIATION_CLIENT = "association";

  @Override
  public Map<String, Object> getProperties() {
    // The OpenAPI document describes the API; Jersey's WADL would be a second, unchecked
    // description.
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
