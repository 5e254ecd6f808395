package nl.waakzaam.feedback.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.waakzaam.feedback.application.ReporterNotifications;
import nl.waakzaam.shared.application.LogRedaction;
import nl.waakzaam.signal.domain.SignalEvent;

/**
 * Sends pending notices on a thread of its own once the news has committed, so that staff are
 * answered without waiting on a mail server. One thread, a short queue: a burst of news needs one
 * run, and what does not fit waits in the outbox for the {@link NoticeSweeper}.
 */
@ApplicationScoped
public class NoticeDispatch {

  private static final Logger LOG = Logger.getLogger(NoticeDispatch.class.getName());

  @Resource private ManagedThreadFactory threads;

  @Inject private ReporterNotifications notifications;

  private ThreadPoolExecutor executor;

  @PostConstruct
  void start() {
    executor =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1),
            threads,
            new ThreadPoolExecutor.DiscardPolicy());
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  /** After news for a reporter committed; without a notice in the outbox the send claims none. */
  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignalEvent event) {
    if (event.isNewsForReporter()) {
      sendPending();
    }
  }

  /** Runs one send of the pending notices on the notice thread. */
  void sendPending() {
    try {
      executor.execute(
          () -> {
            try {
              notifications.sendPending();
            } catch (RuntimeException e) {
              LOG.log(
                  Level.WARNING,
                  "Sending notices failed; the sweep tries again",
                  LogRedaction.of(e));
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.fine("Notices are being sent already");
    }
  }
}
