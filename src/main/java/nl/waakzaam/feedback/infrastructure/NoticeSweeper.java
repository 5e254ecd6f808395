package nl.waakzaam.feedback.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Every minute, sends the notices that are still pending: the mail server was down, the queue was
 * full, or the server stopped between the news and the mail.
 */
@Singleton
@Startup
public class NoticeSweeper {

  static final Duration INTERVAL = Duration.ofMinutes(1);

  @Resource private TimerService timers;

  @Inject private NoticeDispatch dispatch;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(
        INTERVAL.toMillis(), INTERVAL.toMillis(), new TimerConfig(null, false));
  }

  @Timeout
  void sweep() {
    dispatch.sendPending();
  }
}
