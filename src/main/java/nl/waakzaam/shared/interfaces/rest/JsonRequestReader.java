package nl.waakzaam.shared.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * Reads every JSON request body of the API into its request record: parse (400 if it is not JSON),
 * then bind and validate ({@link RequestBinding}); all field violations come back together as one
 * 422. No entity is ever bound from JSON.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonRequestReader implements MessageBodyReader<Record> {

  private static final JsonReaderFactory READERS =
      Json.createReaderFactory(
          Map.of(
              JsonConfig.KEY_STRATEGY,
              JsonConfig.KeyStrategy.NONE,
              "org.eclipse.parsson.rejectDuplicateKeys",
              true,
              "org.eclipse.parsson.maxDepth",
              32));

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
    JsonValue json = parse(body);
    if (!(json instanceof JsonObject)) {
      throw new InvalidRequestException(Violation.of("", "json.expected-object"));
    }
    return binding.bind((JsonObject) json, type);
  }

  private static JsonValue parse(InputStream body) {
    try (JsonReader reader = READERS.createReader(body)) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof BodyTooLargeException tooLarge) {
          throw tooLarge;
        }
      }
      throw new MalformedRequestException("Body is not a single JSON value");
    }
  }
}
