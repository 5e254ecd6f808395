package nl.waakzaam.attachments.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.waakzaam.attachments.domain.ContentInspector;
import nl.waakzaam.attachments.domain.Inspection;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * The server's inspector: every file is inspected in one of a fixed number of worker processes,
 * with the time limit, heap and bounds from the settings (ADR 13), in the machine's sandbox.
 */
@ApplicationScoped
public class WorkerContentInspector implements ContentInspector {

  @Resource private ManagedThreadFactory threads;

  @Inject private Settings settings;

  private ExecutorService waiting;
  private WorkerPool pool;

  @PostConstruct
  void start() {
    WorkerSandbox.current();
    int workers = settings.positiveInteger(Setting.ATTACHMENT_WORKERS);
    waiting = Executors.newFixedThreadPool(workers, threads);
    pool =
        new WorkerPool(
            workers,
            settings.duration(Setting.ATTACHMENT_TIME_LIMIT),
            settings.positiveInteger(Setting.ATTACHMENT_WORKER_HEAP_MB),
            limits(settings),
            waiting,
            settings.positiveInteger(Setting.ATTACHMENT_WORKER_MAX_FILES));
  }

  /** Tries the sandbox as the application starts, so that the log says at once what it is. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    WorkerSandbox.current();
  }

  @PreDestroy
  void stop() {
    pool.close();
    waiting.shutdownNow();
  }

  @Override
  public Isolation isolation() {
    WorkerSandbox sandbox = WorkerSandbox.current();
    return new Isolation(sandbox.isolated(), sandbox.description());
  }

  @Override
  public Inspection inspect(byte[] content) {
    try {
      return pool.inspect(content);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The inspection was interrupted", e);
    }
  }

  static InspectionLimits limits(Settings settings) {
    return new InspectionLimits(
        settings.positiveInteger(Setting.ATTACHMENT_MAX_PIXELS),
        settings.positiveInteger(Setting.ATTACHMENT_MAX_TEXT_CHARACTERS),
        settings.positiveInteger(Setting.ATTACHMENT_MAX_EMBEDDED),
        settings.positiveInteger(Setting.ATTACHMENT_MAX_DEPTH),
        settings.positiveInteger(Setting.ATTACHMENT_MAX_EXPANSION),
        settings.positiveInteger(Setting.ATTACHMENT_MAX_PDF_PAGES));
  }
}
