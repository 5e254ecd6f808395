package nl.waakzaam.shared.interfaces.rest;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Removes what Payara's scanner copies from the defaults of {@code @Schema} into the document
 * ({@code maxProperties: 0}, {@code minLength: 0}, {@code nullable: false}, ...): a strict client
 * would read {@code maxProperties: 0} as "no properties at all". And names the real token URL of
 * the associations' client-credentials scheme, which only configuration knows.
 */
public class OpenApiCleanup implements OASFilter {

  /** The token URL the annotations can name; the served document names the configured realm's. */
  static final String TOKEN_URL_PLACEHOLDER = "/realms/waakzaam/protocol/openid-connect/token";

  @Override
  public SecurityScheme filterSecurityScheme(SecurityScheme scheme) {
    if (scheme.getFlows() != null && scheme.getFlows().getClientCredentials() != null) {
      ConfigProvider.getConfig()
          .getOptionalValue("waakzaam.oidc.issuer", String.class)
          .map(issuer -> issuer.replaceAll("/+$", "") + "/protocol/openid-connect/token")
          .ifPresent(url -> scheme.getFlows().getClientCredentials().setTokenUrl(url));
    }
    return scheme;
  }

  @Override
  public Schema filterSchema(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    return schema;
  }
}
