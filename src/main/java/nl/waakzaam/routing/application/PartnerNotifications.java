package nl.waakzaam.routing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.waakzaam.routing.domain.PartnerMailer;
import nl.waakzaam.routing.domain.PartnerNotices;
import nl.waakzaam.shared.application.LogRedaction;

/**
 * Sends the pending notices to partners' mailboxes, each claimed so that two instances never send
 * the same one. A notice the mail server refuses is tried again by the next sweep, a few times.
 */
@ApplicationScoped
public class PartnerNotifications {

  private static final Logger LOG = Logger.getLogger(PartnerNotifications.class.getName());

  static final int BATCH = 50;
  static final int MAX_ATTEMPTS = 5;

  private PartnerNotices notices;
  private PartnerMailer mailer;
  private Clock clock;

  protected PartnerNotifications() {}

  @Inject
  PartnerNotifications(PartnerNotices notices, PartnerMailer mailer, Clock clock) {
    this.notices = notices;
    this.mailer = mailer;
    this.clock = clock;
  }

  /**
   * @return how many the mail server took
   */
  @Transactional
  public int sendPending() {
    List<PartnerNotices.Due> due = notices.claimPending(BATCH);
    int sent = 0;
    for (PartnerNotices.Due notice : due) {
      try {
        mailer.send(notice.mailbox());
        notices.sent(notice.packageId(), clock.instant());
        sent++;
      } catch (PartnerMailer.NotDeliveredException e) {
        LOG.log(
            Level.WARNING,
            "A notice to a partner's mailbox was not delivered; tried again later",
            LogRedaction.of(e));
        notices.failed(notice.packageId(), MAX_ATTEMPTS);
      }
    }
    return sent;
  }
}
