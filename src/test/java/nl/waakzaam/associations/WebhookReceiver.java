package nl.waakzaam.associations;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An association's webhook receiver in the test JVM. Each request is verified with the Standard
 * Webhooks project's own library against every secret the test gave it; what the receiver answers
 * is the test's to choose per request.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as it came, with whether its signature held and when it came. */
  record Received(
      String id, long timestamp, String signature, String body, boolean verified, Instant at) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> attemptsById = new ConcurrentHashMap<>();
  private final java.util.Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private volatile List<String> secrets = List.of();
  private volatile Function<Received, Integer> answer = r -> 204;

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/hook", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** The secrets a signature may be made with: during a rotation, both. */
  void accept(String... secrets) {
    this.secrets = List.of(secrets);
  }

  /** What to answer each request: a status, or 0 to hang until the sender gives up. */
  void answer(Function<Received, Integer> answer) {
    this.answer = answer;
  }

  List<Received> received() {
    return new ArrayList<>(received);
  }

  /**
   * The ids of the messages this receiver answered with a 2xx: taken, as far as it is concerned.
   */
  java.util.Set<String> acknowledged() {
    return java.util.Set.copyOf(acknowledged);
  }

  int attemptsOf(String id) {
    return attemptsById.getOrDefault(id, 0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new java.util.HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    String id = first(headers, "webhook-id");
    String signature = first(headers, "webhook-signature");
    long timestamp = Long.parseLong(first(headers, "webhook-timestamp"));
    boolean verified = !secrets.isEmpty();
    for (String secret : secrets) {
      verified &= verifies(secret, body, headers);
    }
    Received r = new Received(id, timestamp, signature, body, verified, Instant.now());
    received.add(r);
    attemptsById.merge(id, 1, Integer::sum);
    int status = answer.apply(r);
    if (status == 0) {
      try {
        Thread.sleep(5_000); // longer than the sender waits
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      status = 204;
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
    if (status / 100 == 2 && verified) {
      acknowledged.add(id);
    }
  }

  private static boolean verifies(String secret, String body, Map<String, List<String>> headers) {
    try {
      new Webhook(secret).verify(body, headers);
      return true;
    } catch (WebhookVerificationException | EmptyWebhookSecretException e) {
      return false;
    }
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
