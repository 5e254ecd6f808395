package nl.waakzaam.associations.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.waakzaam.associations.domain.RetrySchedule;
import nl.waakzaam.associations.domain.SecretSeal;
import nl.waakzaam.associations.domain.WebhookSender;
import nl.waakzaam.associations.domain.WebhookStore;
import nl.waakzaam.associations.domain.WebhookStore.State;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.Randomness;

/**
 * Delivers the outbox after commit: claims due messages (no other instance holds them then), signs
 * each as Standard Webhooks asks (with both secrets during a rotation), sends it, and keeps what
 * came of it. A 2xx delivers; 410 disables the endpoint; anything else is tried again on the {@link
 * RetrySchedule}, honouring Retry-After on 429 and 5xx, until 24 hours after the event.
 */
@ApplicationScoped
public class WebhookDelivery {

  /** How long a claimed message is left to its instance before another may try it. */
  static final Duration LEASE = Duration.ofMinutes(2);

  private WebhookStore store;
  private WebhookSender sender;
  private SecretSeal seal;
  private Settings settings;
  private Clock clock;
  private RetrySchedule schedule;

  protected WebhookDelivery() {}

  @Inject
  WebhookDelivery(
      WebhookStore store, WebhookSender sender, SecretSeal seal, Settings settings, Clock clock) {
    this.store = store;
    this.sender = sender;
    this.seal = seal;
    this.settings = settings;
    this.clock = clock;
  }

  @PostConstruct
  void readSchedule() {
    schedule =
        new RetrySchedule(
            settings.duration(Setting.WEBHOOK_FIRST_RETRY),
            settings.duration(Setting.WEBHOOK_LONGEST_RETRY));
  }

  /** Claims up to {@code max} due messages; each is to be {@link #deliver delivered} next. */
  public List<WebhookStore.Message> claim(int max) {
    return max <= 0 ? List.of() : store.claimDue(clock.instant(), max, LEASE);
  }

  /** One attempt of a claimed message. */
  public void deliver(WebhookStore.Message message) {
    Instant now = clock.instant();
    Optional<WebhookStore.Endpoint> endpoint = store.endpoint(message.association());
    if (endpoint.isEmpty() || !endpoint.get().enabled()) {
      record(
          message,
          now,
          new WebhookSender.Result(
              Optional.empty(), Optional.empty(), Optional.of("endpoint disabled"), 0),
          State.FAILED,
          now);
      return;
    }
    WebhookStore.Endpoint to = endpoint.get();
    long timestamp = now.getEpochSecond();
    String signature =
        seal.open(to.association(), to.secret()).sign(message.id(), timestamp, message.payload());
    if (to.previousSecret().isPresent() && to.previousUntil().map(now::isBefore).orElse(false)) {
      signature +=
          " "
              + seal.open(to.association(), to.previousSecret().get())
                  .sign(message.id(), timestamp, message.payload());
    }
    WebhookSender.Result result =
        sender.send(
            to.url(),
            Map.of(
                "webhook-id", message.id(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", signature),
            message.payload());
    Instant after = clock.instant();
    if (result.delivered()) {
      record(message, now, result, State.DELIVERED, after);
      return;
    }
    if (result.status().equals(Optional.of(410))) {
      store.save(
          new WebhookStore.Endpoint(
              to.association(),
              to.url(),
              to.secret(),
              to.previousSecret(),
              to.previousUntil(),
              false,
              Optional.of("The receiver answered 410 Gone on " + after),
              to.createdAt(),
              after));
      record(message, now, result, State.FAILED, after);
      return;
    }
    boolean honoured = result.status().map(s -> s == 429 || s >= 500).orElse(false);
    Optional<Instant> next =
        schedule.next(
            message.attempts(),
            message.createdAt(),
            after,
            honoured ? result.retryAfter() : Optional.empty(),
            Randomness.strong());
    if (next.isPresent()) {
      record(message, now, result, State.PENDING, next.get());
    } else {
      record(message, now, result, State.FAILED, after);
    }
  }

  private void record(
      WebhookStore.Message message,
      Instant at,
      WebhookSender.Result result,
      State next,
      Instant nextAttemptAt) {
    store.recordAttempt(
        message,
        new WebhookStore.Attempt(
            message.attempts(), at, result.status(), result.error(), result.durationMillis()),
        next,
        nextAttemptAt,
        clock.instant());
  }
}
