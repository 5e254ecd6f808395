package nl.waakzaam.associations.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Sends one webhook to its receiver and says what came of it. */
public interface WebhookSender {

  /** The receiver's status code, or the error that kept it from answering, and how long it took. */
  record Result(
      Optional<Integer> status,
      Optional<Duration> retryAfter,
      Optional<String> error,
      int durationMillis) {

    public boolean delivered() {
      return status.map(s -> s >= 200 && s < 300).orElse(false);
    }
  }

  Result send(String url, Map<String, String> headers, String body);
}
