package nl.waakzaam.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for black-box tests of the API, speaking JSON. */
public final class Api {

  /** HTTP/1.1, as browsers and curl speak to the server; no cleartext HTTP/2 upgrade. */
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;

  public Api(URL base) {
    this.base = URI.create(base.toString().replaceAll("/$", ""));
  }

  public Reply post(String path, JsonStructure body) {
    return post(path, body.toString());
  }

  public Reply post(String path, String body) {
    return send(json(path).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply get(String path) {
    return send(json(path).GET());
  }

  /**
   * A GET with {@code Authorization: Bearer <token>}, or without the header if the token is null.
   */
  public Reply get(String path, String bearerToken) {
    return send(authorized(json(path).GET(), bearerToken));
  }

  /** A POST of {@code body} with a bearer token, or without the header if the token is null. */
  public Reply post(String path, JsonStructure body, String bearerToken) {
    return send(
        authorized(
            json(path).POST(HttpRequest.BodyPublishers.ofString(body.toString())), bearerToken));
  }

  /** A PUT of a JSON body with a bearer token, or without the header if the token is null. */
  public Reply put(String path, JsonStructure body, String bearerToken) {
    return send(
        authorized(
            json(path).PUT(HttpRequest.BodyPublishers.ofString(body.toString())), bearerToken));
  }

  /** A DELETE with a bearer token, or without the header if the token is null. */
  public Reply delete(String path, String bearerToken) {
    return send(authorized(json(path).DELETE(), bearerToken));
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request, String bearerToken) {
    return bearerToken == null ? request : request.header("Authorization", "Bearer " + bearerToken);
  }

  /**
   * A multipart upload of one file in the field {@code file}, with {@code Authorization} as given
   * (or none if null).
   */
  public Reply upload(
      String path, String authorization, String fileName, String contentType, byte[] content) {
    String boundary = "waakzaam-test-" + System.nanoTime();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    multipart(boundary, fileName, contentType, content)));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request);
  }

  /** The body of a form with one file field. */
  public static byte[] multipart(
      String boundary, String fileName, String contentType, byte[] content) {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + contentType
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  /** A GET of a file with a bearer token: the body as bytes, with the headers. */
  public HttpResponse<byte[]> download(String path, String bearerToken) {
    try {
      return http.send(
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Bearer " + bearerToken)
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request to adjust (headers, method) before {@link #send}. */
  public HttpRequest.Builder json(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
  }

  public Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its body read as JSON where it is JSON. */
  public record Reply(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public JsonObject json() {
      try {
        return Json.createReader(new StringReader(response.body())).readObject();
      } catch (RuntimeException e) {
        throw new AssertionError("Not a JSON object (" + status() + "): " + response.body(), e);
      }
    }

    public jakarta.json.JsonArray jsonArray() {
      try {
        return Json.createReader(new StringReader(response.body())).readArray();
      } catch (RuntimeException e) {
        throw new AssertionError("Not a JSON array (" + status() + "): " + response.body(), e);
      }
    }

    public String body() {
      return response.body();
    }

    /** The messages of the problem's violations, by field. */
    public java.util.Map<String, String> violations() {
      java.util.Map<String, String> byField = new java.util.TreeMap<>();
      for (JsonValue v : json().getJsonArray("violations")) {
        JsonObject o = v.asJsonObject();
        byField.merge(o.getString("field"), o.getString("message"), (a, b) -> a + " | " + b);
      }
      return byField;
    }

    @Override
    public String toString() {
      return status() + " " + response.body();
    }
  }
}
