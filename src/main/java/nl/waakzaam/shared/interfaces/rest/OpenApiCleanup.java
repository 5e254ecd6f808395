package nl.waakzaam.shared.interfaces.rest;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Removes what Payara's scanner copies from the defaults of {@code @Schema} into the document
 * ({@code maxProperties: 0}, {@code minLength: 0}, {@code nullable: false}, ...): a strict client
 * would read {@code maxProperties: 0} as "no properties at all". And names the real discovery URL
 * of the associations' OpenID Connect scheme, which only configuration knows. And describes the one
 * shape of every error, {@link Problem}, once as the component {@code Problem}, referred to by
 * every {@code application/problem+json} answer.
 */
public class OpenApiCleanup implements OASFilter {

  /**
   * The discovery URL the annotations can name; the served document names the configured realm's.
   */
  static final String DISCOVERY_PLACEHOLDER = "/realms/waakzaam/.well-known/openid-configuration";

  /** The component every problem answer refers to. */
  static final String PROBLEM = "Problem";

  @Override
  public void filterOpenAPI(OpenAPI document) {
    if (document.getComponents() == null) {
      document.setComponents(OASFactory.createComponents());
    }
    Components components = document.getComponents();
    components.addSchema(PROBLEM, problem());
    if (document.getTags() != null) {
      // Payara lists a tag once per resource class that carries it.
      Map<String, Tag> once = new TreeMap<>();
      document.getTags().forEach(tag -> once.putIfAbsent(tag.getName(), tag));
      document.setTags(new ArrayList<>(once.values()));
    }
  }

  @Override
  public APIResponse filterAPIResponse(APIResponse response) {
    Content content = response.getContent();
    MediaType problem = content == null ? null : content.getMediaType(Problem.MEDIA_TYPE);
    if (problem != null && problem.getSchema() == null) {
      problem.setSchema(OASFactory.createSchema().ref(PROBLEM));
    }
    return response;
  }

  @Override
  public RequestBody filterRequestBody(RequestBody body) {
    if (body.getContent() != null && body.getContent().getMediaTypes() != null) {
      for (MediaType media : body.getContent().getMediaTypes().values()) {
        Schema schema = media.getSchema();
        if (schema != null && schema.getRef() != null) {
          // Payara writes "type: string" beside a request body's $ref; the $ref says it all.
          schema.setType(null);
        }
      }
    }
    return body;
  }

  private static Schema problem() {
    Schema violation =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .properties(
                Map.of(
                    "field", text("A JSON pointer into the request body, or a parameter's name."),
                    "message", text("What is wrong, in the caller's language.")));
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("RFC 9457: the one shape of every error.")
        .addRequired("type")
        .addRequired("title")
        .addRequired("status")
        .properties(
            Map.of(
                "type",
                text("urn:waakzaam:problem:<name>, stable: branch on this.")
                    .example(Problem.TYPE_PREFIX + "invalid-request"),
                "title",
                text("In the caller's language (Accept-Language: nl or en)."),
                "status",
                OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"),
                "detail",
                text("More about this occurrence, where there is more to say."),
                "violations",
                OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(violation),
                "incident",
                text("A server error's id, to quote when asking about it.")));
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
  }

  @Override
  public SecurityScheme filterSecurityScheme(SecurityScheme scheme) {
    if (DISCOVERY_PLACEHOLDER.equals(scheme.getOpenIdConnectUrl())) {
      ConfigProvider.getConfig()
          .getOptionalValue("waakzaam.oidc.issuer", String.class)
          .map(issuer -> issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration")
          .ifPresent(scheme::setOpenIdConnectUrl);
    }
    return scheme;
  }

  @Override
  public Schema filterSchema(Schema schema) {
    if (schema.getEnumeration() != null && schema.getType() == null) {
      // Payara writes a Java enum's values without their type; each is a JSON string.
      schema.setType(Schema.SchemaType.STRING);
    }
    if (schema.getItems() != null && schema.getItems().getRef() != null) {
      // As beside a request body's $ref, Payara writes "type: string" beside an item's $ref.
      schema.getItems().setType(null);
    }
    if (schema.getProperties() != null) {
      // And beside a property's $ref (an enum's, an Instant's): OpenAPI ignores what stands beside
      // a $ref, and a generator may not.
      schema.getProperties().values().stream()
          .filter(p -> p.getRef() != null)
          .forEach(p -> p.setType(null));
    }
    if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null) {
      // An annotated list of enums or records: Payara copies the items' values and properties
      // onto the array as well.
      schema.setEnumeration(null);
      schema.setProperties(null);
    }
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
