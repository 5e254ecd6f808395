package nl.waakzaam.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.waakzaam.feedback.domain.NoticeMailer;
import nl.waakzaam.feedback.domain.ReporterNotices;
import nl.waakzaam.regions.domain.RegionScope;
import nl.waakzaam.shared.application.LogRedaction;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalEvent;
import nl.waakzaam.signal.domain.SignalRepository;

/**
 * Tells a reporter who left an e-mail address that there is news, and nothing more. The notice is
 * written to the outbox in the transaction of the news, so that it is never lost and never sent for
 * news that was rolled back; it is sent after the commit, and again by the sweep if that failed.
 */
@ApplicationScoped
public class ReporterNotifications {

  private static final Logger LOG = Logger.getLogger(ReporterNotifications.class.getName());

  /** Notices sent per claim; the rest wait for the next. */
  static final int BATCH = 50;

  /** Tries before a notice is given up (the mail server refuses the address, say). */
  static final int MAX_ATTEMPTS = 5;

  private SignalRepository signals;
  private ReporterNotices notices;
  private NoticeMailer mailer;
  private Clock clock;

  protected ReporterNotifications() {}

  @Inject
  public ReporterNotifications(
      SignalRepository signals, ReporterNotices notices, NoticeMailer mailer, Clock clock) {
    this.signals = signals;
    this.notices = notices;
    this.mailer = mailer;
    this.clock = clock;
  }

  /**
   * In the transaction of the news: a notice is due where the reporter left an address, and to the
   * reporters of duplicates folded into the signal, who follow it. The event carries no content, so
   * the signal is looked up in the one region it names.
   */
  void news(@Observes SignalEvent event) {
    if (!event.isNewsForReporter()) {
      return;
    }
    signals
        .findInScope(event.reference(), RegionScope.of(event.region()))
        .ifPresent(
            signal -> {
              requestFor(signal);
              signals.mergedInto(signal).forEach(this::requestFor);
            });
  }

  private void requestFor(Signal signal) {
    if (signal.report().contact().flatMap(c -> c.email()).isPresent()) {
      notices.request(signal, clock.instant());
    }
  }

  /**
   * Sends the pending notices, each claimed so that two instances never send the same one.
   *
   * @return how many were delivered to the mail server
   */
  @Transactional
  public int sendPending() {
    List<ReporterNotices.Due> due = notices.claimPending(BATCH);
    int sent = 0;
    for (ReporterNotices.Due notice : due) {
      try {
        mailer.send(notice.email());
        notices.sent(notice.signalId(), clock.instant());
        sent++;
      } catch (NoticeMailer.NoticeNotDeliveredException e) {
        LOG.log(
            Level.WARNING,
            "A notice to a reporter was not delivered; tried again later",
            LogRedaction.of(e));
        notices.failed(notice.signalId(), MAX_ATTEMPTS);
      }
    }
    return sent;
  }
}
