package nl.waakzaam.shared.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RFC 9457 problem document, the one shape of every error Waakzaam returns: a stable {@code
 * type} ({@code urn:waakzaam:problem:<name>}), a {@code title} in the caller's language, the HTTP
 * {@code status}, and where relevant a {@code detail}, the field {@code violations}, or the {@code
 * incident} id of a server error.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_PREFIX = "urn:waakzaam:problem:";

  private final int status;
  private final String name;
  private final Messages messages;
  private final JsonObjectBuilder body = Json.createObjectBuilder();

  private Problem(int status, String name, Locale locale, Map<String, ?> arguments) {
    this.status = status;
    this.name = name;
    this.messages = Messages.in(locale);
    body.add("type", TYPE_PREFIX + name)
        .add("title", messages.text("problem." + name + ".title", arguments))
        .add("status", status);
    messages.find("problem." + name + ".detail", arguments).ifPresent(d -> body.add("detail", d));
  }

  public static Problem of(int status, String name, Locale locale) {
    return new Problem(status, name, locale, Map.of());
  }

  public static Problem of(int status, String name, Locale locale, Map<String, ?> arguments) {
    return new Problem(status, name, locale, arguments);
  }

  public Problem violations(List<Violation> violations) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Violation v : violations) {
      list.add(
          Json.createObjectBuilder().add("field", v.field()).add("message", v.message(messages)));
    }
    body.add("violations", list);
    return this;
  }

  public Problem incident(String incidentId) {
    body.add("incident", incidentId);
    return this;
  }

  public String name() {
    return name;
  }

  /** The problem document itself, to stand inside another answer (one item of a batch). */
  public JsonObject toJson() {
    return body.build();
  }

  public Response.ResponseBuilder toResponseBuilder() {
    StringWriter json = new StringWriter();
    Json.createWriter(json).write(body.build());
    return Response.status(status).type(MEDIA_TYPE).entity(json.toString());
  }

  public Response toResponse() {
    return toResponseBuilder().build();
  }
}
