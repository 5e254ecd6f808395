package nl.waakzaam.associations.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.waakzaam.associations.application.WebhookDelivery;
import nl.waakzaam.associations.domain.WebhookStore;
import nl.waakzaam.shared.application.LogRedaction;
import nl.waakzaam.signal.domain.SignalEvent;

/**
 * Runs the deliveries of this instance: every half second, and at once after a change of a signal
 * commits, it claims as many due messages as it has free senders and sends each on a sender of its
 * own, so that a receiver that hangs holds up one sender, not the rest. Other instances do the same
 * on the same outbox; the claim keeps them apart.
 */
@ApplicationScoped
public class WebhookWorker {

  private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());

  /** Messages in flight at once on this instance. */
  static final int SENDERS = 8;

  @Resource private ManagedThreadFactory threads;

  @Inject private WebhookDelivery delivery;

  private final Semaphore free = new Semaphore(SENDERS);

  /**
   * Whether a poll is queued already: a batch of 500 changes wakes the poller once, not 500 times.
   */
  private final AtomicBoolean woken = new AtomicBoolean();

  private ScheduledExecutorService poller;
  private ExecutorService senders;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    poller = Executors.newSingleThreadScheduledExecutor(threads);
    senders = Executors.newFixedThreadPool(SENDERS, threads);
    poller.scheduleWithFixedDelay(this::poll, 1_000, 500, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (poller != null) {
      poller.shutdownNow();
      senders.shutdownNow();
    }
  }

  /** A change committed: its message, if it has one, need not wait for the next tick. */
  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignalEvent event) {
    if (poller != null && woken.compareAndSet(false, true)) {
      try {
        poller.execute(this::poll);
      } catch (RejectedExecutionException stopping) {
        // shutting down
      }
    }
  }

  private void poll() {
    woken.set(false);
    try {
      int claimable = free.drainPermits();
      List<WebhookStore.Message> due = delivery.claim(claimable);
      free.release(claimable - due.size());
      for (WebhookStore.Message message : due) {
        senders.execute(() -> send(message));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Claiming webhooks failed; tried again shortly", LogRedaction.of(e));
    }
  }

  private void send(WebhookStore.Message message) {
    try {
      delivery.deliver(message);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "A webhook delivery failed; its lease lets it be tried again",
          LogRedaction.of(e));
    } finally {
      free.release();
    }
  }
}
