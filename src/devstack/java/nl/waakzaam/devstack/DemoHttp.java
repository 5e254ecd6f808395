package nl.waakzaam.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The one way the run command's demo talks to the platform it started: a request that must get the
 * expected status, or the demo stops with what the platform answered.
 */
final class DemoHttp {

  private DemoHttp() {}

  /** The body of the answer, which must have status {@code expected}. */
  static String text(HttpClient http, HttpRequest request, int expected) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            request.uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /** As {@link #text}, read as a JSON object; an answer without one reads as an empty object. */
  static JsonObject json(HttpClient http, HttpRequest request, int expected) {
    String text = text(http, request, expected).strip();
    return text.startsWith("{")
        ? Json.createReader(new StringReader(text)).readObject()
        : Json.createObjectBuilder().build();
  }
}
