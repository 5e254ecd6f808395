package nl.waakzaam.associations.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import nl.waakzaam.associations.domain.WebhookSender;
import nl.waakzaam.associations.domain.WebhookTarget;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * Sends webhooks with the JDK's HTTP client: no redirects followed, a time limit per attempt, and
 * the receiver's name looked up before each attempt, so that a name that came to point into an
 * internal network is refused rather than reached. Nothing of the receiver's answer is kept but its
 * status.
 */
@ApplicationScoped
public class HttpWebhookSender implements WebhookSender {

  @Inject private Settings settings;

  private HttpClient http;
  private Duration timeout;
  private boolean loopbackAllowed;

  @PostConstruct
  void connect() {
    timeout = settings.duration(Setting.WEBHOOK_TIMEOUT);
    loopbackAllowed = Boolean.parseBoolean(settings.text(Setting.WEBHOOK_ALLOW_LOOPBACK).strip());
    http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  @Override
  public Result send(String url, Map<String, String> headers, String body) {
    long start = System.nanoTime();
    URI uri = URI.create(url);
    Optional<String> refused = refusedAddress(uri.getHost());
    if (refused.isPresent()) {
      return new Result(Optional.empty(), Optional.empty(), refused, 0);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      HttpResponse<Void> response =
          http.send(request.build(), HttpResponse.BodyHandlers.discarding());
      return new Result(
          Optional.of(response.statusCode()),
          response.headers().firstValue("Retry-After").flatMap(HttpWebhookSender::retryAfter),
          Optional.empty(),
          millisSince(start));
    } catch (IOException e) {
      return new Result(
          Optional.empty(),
          Optional.empty(),
          Optional.of(e.getClass().getSimpleName()),
          millisSince(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(
          Optional.empty(), Optional.empty(), Optional.of("interrupted"), millisSince(start));
    }
  }

  private Optional<String> refusedAddress(String host) {
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (WebhookTarget.refuses(address, loopbackAllowed)) {
          return Optional.of("address refused: not on the public internet");
        }
      }
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.of("unknown host");
    }
  }

  /** Seconds, or an HTTP date, as RFC 9110 allows. */
  static Optional<Duration> retryAfter(String value) {
    String v = value.strip();
    try {
      if (v.matches("[0-9]{1,9}")) {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      }
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(Instant.now(), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int millisSince(long start) {
    return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
  }
}
