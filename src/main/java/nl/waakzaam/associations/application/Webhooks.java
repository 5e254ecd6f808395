package nl.waakzaam.associations.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.associations.domain.Association;
import nl.waakzaam.associations.domain.AssociationSignal;
import nl.waakzaam.associations.domain.NoWebhookException;
import nl.waakzaam.associations.domain.SecretSeal;
import nl.waakzaam.associations.domain.WebhookSecret;
import nl.waakzaam.associations.domain.WebhookStore;
import nl.waakzaam.associations.domain.WebhookTarget;
import nl.waakzaam.feedback.domain.ReporterStatus;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.signal.domain.SignalEvent;

/**
 * An association's webhook endpoint and the messages it is sent: registered with a secret shown
 * once, the secret rotated with an overlap in which both sign, and for every change of one of its
 * signals that its member would see, a message written to the outbox in the changing transaction.
 */
@ApplicationScoped
public class Webhooks {

  /** How long the previous secret signs too after a rotation. */
  public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

  /** The most deliveries one page of the log holds. */
  public static final int MAX_LOG = 200;

  /** An endpoint as registered or rotated, with the new secret: shown this once. */
  public record Registered(WebhookView endpoint, String secret) {}

  /** One message of the delivery log, with its attempts. */
  public record Delivery(WebhookStore.Message message, List<WebhookStore.Attempt> attempts) {}

  private WebhookStore store;
  private SecretSeal seal;
  private Settings settings;
  private Clock clock;
  private boolean loopbackAllowed;

  protected Webhooks() {}

  @Inject
  Webhooks(WebhookStore store, SecretSeal seal, Settings settings, Clock clock) {
    this.store = store;
    this.seal = seal;
    this.settings = settings;
    this.clock = clock;
  }

  @PostConstruct
  void readSettings() {
    loopbackAllowed = Boolean.parseBoolean(settings.text(Setting.WEBHOOK_ALLOW_LOOPBACK).strip());
  }

  /**
   * Sets the association's endpoint (replacing an earlier one, enabled again) with a new secret.
   *
   * @throws nl.waakzaam.associations.domain.WebhookTargetRefusedException when webhooks may not go
   *     to {@code url}
   */
  @Transactional
  public Registered register(Association association, String url) {
    WebhookTarget target = WebhookTarget.parse(url, loopbackAllowed);
    Instant now = clock.instant();
    WebhookSecret secret = WebhookSecret.generate(Randomness.strong());
    Instant created =
        store.endpoint(association.id()).map(WebhookStore.Endpoint::createdAt).orElse(now);
    WebhookStore.Endpoint endpoint =
        new WebhookStore.Endpoint(
            association.id(),
            target.uri().toString(),
            seal.seal(association.id(), secret),
            Optional.empty(),
            Optional.empty(),
            true,
            Optional.empty(),
            created,
            now);
    store.save(endpoint);
    return new Registered(view(endpoint), secret.text());
  }

  /**
   * A new secret; the one before it signs too for {@link #ROTATION_OVERLAP}, so that the receiver
   * can switch without losing a message.
   *
   * @throws NoWebhookException when the association has no endpoint
   */
  @Transactional
  public Registered rotate(Association association) {
    WebhookStore.Endpoint old =
        store.endpoint(association.id()).orElseThrow(NoWebhookException::new);
    Instant now = clock.instant();
    WebhookSecret secret = WebhookSecret.generate(Randomness.strong());
    WebhookStore.Endpoint rotated =
        new WebhookStore.Endpoint(
            old.association(),
            old.url(),
            seal.seal(association.id(), secret),
            Optional.of(old.secret()),
            Optional.of(now.plus(ROTATION_OVERLAP)),
            old.enabled(),
            old.disabledReason(),
            old.createdAt(),
            now);
    store.save(rotated);
    return new Registered(view(rotated), secret.text());
  }

  /**
   * No more webhooks: the endpoint and its secrets go; messages not yet delivered are not sent.
   *
   * @throws NoWebhookException when the association has no endpoint
   */
  @Transactional
  public void remove(Association association) {
    if (!store.delete(association.id())) {
      throw new NoWebhookException();
    }
  }

  /**
   * @throws NoWebhookException when the association has no endpoint
   */
  @Transactional
  public WebhookView endpoint(Association association) {
    return store
        .endpoint(association.id())
        .map(Webhooks::view)
        .orElseThrow(NoWebhookException::new);
  }

  /** The association's latest messages, newest first, each with its attempts. */
  @Transactional
  public List<Delivery> deliveries(Association association, int limit) {
    return store.recent(association.id(), Math.min(limit, MAX_LOG)).stream()
        .map(m -> new Delivery(m, store.attempts(m.id())))
        .toList();
  }

  /**
   * Sends the message again, now, whatever came of it before (the 24 hours start again for it only
   * in so far as its attempts go on).
   *
   * @throws NoWebhookException when the association has no message with this id
   */
  @Transactional
  public void redeliver(Association association, String messageId) {
    if (!store.requeue(association.id(), messageId, clock.instant())) {
      throw new NoWebhookException();
    }
  }

  /**
   * Writes the message that tells {@code own}'s association of {@code event}, in the transaction of
   * the change, if the association has an enabled endpoint.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void enqueue(AssociationSignal own, SignalEvent event) {
    Optional<WebhookStore.Endpoint> endpoint = store.endpoint(own.association());
    if (endpoint.isEmpty() || !endpoint.get().enabled()) {
      return;
    }
    String type = type(event);
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("reference", event.reference().value())
            .add("batchId", own.batchId().toString())
            .add("status", ReporterStatus.of(event.status()).name())
            .add("changedAt", event.at().toString());
    own.memberReference().ifPresent(m -> data.add("memberReference", m));
    if (event instanceof SignalEvent.Closed closed) {
      data.add("outcome", closed.outcome().name());
    }
    String payload =
        Json.createObjectBuilder()
            .add("type", type)
            .add("timestamp", event.at().toString())
            .add("data", data)
            .build()
            .toString();
    Instant now = clock.instant();
    store.enqueue(
        new WebhookStore.Message(
            "msg_" + Randomness.token(18),
            own.association(),
            type,
            payload,
            now,
            WebhookStore.State.PENDING,
            0,
            now,
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
  }

  /** The Standard Webhooks event type: what happened, from the member's point of view. */
  static String type(SignalEvent event) {
    if (event instanceof SignalEvent.QuestionAsked) {
      return "signal.question_asked";
    }
    if (event instanceof SignalEvent.MessageSent) {
      return "signal.message_sent";
    }
    if (event instanceof SignalEvent.ReporterReplied) {
      return "signal.reporter_replied";
    }
    return "signal.status_changed";
  }

  private static WebhookView view(WebhookStore.Endpoint e) {
    return new WebhookView(
        e.url(), e.enabled(), e.disabledReason(), e.previousUntil(), e.createdAt(), e.updatedAt());
  }
}
