package nl.waakzaam.shared.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads every JSON request body of the API into its request record: parse strictly (400 naming what
 * is wrong, {@link StrictJsonParser}), then bind and validate ({@link RequestBinding}); all field
 * violations come back together as one 422. No entity is ever bound from JSON.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonRequestReader implements MessageBodyReader<Record> {

  @Inject private RequestBinding binding;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord() && type.getPackageName().startsWith("nl.waakzaam.");
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream body) {
    JsonValue json = StrictJsonParser.parse(body);
    if (!(json instanceof JsonObject)) {
      throw new InvalidRequestException(Violation.of("", "json.expected-object"));
    }
    return binding.bind((JsonObject) json, type);
  }
}
