package nl.waakzaam.routing.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.waakzaam.routing.application.PartnerNotifications;
import nl.waakzaam.shared.application.LogRedaction;

/**
 * Every minute, sends the partners' notices still pending (the mail server was down, the instance
 * stopped between forwarding and mail). Two instances never send one notice twice: each send claims
 * its notices. Right after a forwarding, {@link PartnerNoticeAfterCommit} sends at once.
 */
@Singleton
@Startup
public class PartnerNoticeDispatch {

  private static final Logger LOG = Logger.getLogger(PartnerNoticeDispatch.class.getName());

  static final Duration INTERVAL = Duration.ofMinutes(1);

  @Resource private TimerService timers;

  @Inject private PartnerNotifications notifications;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(
        INTERVAL.toMillis(), INTERVAL.toMillis(), new TimerConfig(null, false));
  }

  @Timeout
  void sweep() {
    send();
  }

  public void send() {
    try {
      notifications.sendPending();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Sending partner notices failed; the sweep tries again",
          LogRedaction.of(e));
    }
  }
}
