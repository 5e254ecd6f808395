package nl.waakzaam.attachments.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * At every sweep interval, hands files whose inspection never started or was cut short (a full
 * queue, a crash, a restart) back to the inspection. Several instances may sweep at once: a file is
 * claimed by one.
 */
@Singleton
@Startup
public class AttachmentSweeper {

  @Resource private TimerService timers;

  @Inject private Settings settings;

  @Inject private InspectionQueue queue;

  @PostConstruct
  void schedule() {
    long interval = settings.duration(Setting.ATTACHMENT_SWEEP_INTERVAL).toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  @Timeout
  void sweep() {
    queue.resumeInterrupted();
  }
}
