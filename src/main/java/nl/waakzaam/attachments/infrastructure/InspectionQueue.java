package nl.waakzaam.attachments.infrastructure;

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
import nl.waakzaam.attachments.application.AttachmentInspection;
import nl.waakzaam.attachments.application.AttachmentReceived;
import nl.waakzaam.shared.application.LogRedaction;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * Starts the inspection of a kept file once its transaction has committed, on threads of its own so
 * that the upload is answered at once. The queue is bounded: a file that does not fit waits in the
 * database for the {@link AttachmentSweeper}, as does one whose server stopped before it ran.
 */
@ApplicationScoped
public class InspectionQueue {

  private static final Logger LOG = Logger.getLogger(InspectionQueue.class.getName());

  /** Files waiting in memory; more wait in the database. */
  private static final int CAPACITY = 1_000;

  @Resource private ManagedThreadFactory threads;

  @Inject private Settings settings;

  @Inject private AttachmentInspection inspection;

  private ThreadPoolExecutor executor;

  @PostConstruct
  void start() {
    int workers = settings.positiveInteger(Setting.ATTACHMENT_WORKERS);
    executor =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(CAPACITY),
            threads,
            new ThreadPoolExecutor.AbortPolicy());
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  void received(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttachmentReceived event) {
    submit(() -> inspection.inspect(event.attachment()));
  }

  /** Runs the resumption of interrupted inspections on the inspection threads. */
  void resumeInterrupted() {
    submit(
        () -> inspection.resumeInterrupted(settings.positiveInteger(Setting.ATTACHMENT_WORKERS)));
  }

  private void submit(Runnable task) {
    try {
      executor.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              LOG.log(
                  Level.WARNING,
                  "An inspection failed; it is tried again later",
                  LogRedaction.of(e));
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.warning("The inspection queue is full; the file waits for the sweeper");
    }
  }
}
