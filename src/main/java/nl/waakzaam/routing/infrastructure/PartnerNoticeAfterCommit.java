package nl.waakzaam.routing.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import nl.waakzaam.routing.domain.PackagesForwarded;

/**
 * Sends the partners' notices once a forwarding has committed, on a managed thread so that the
 * coordinator does not wait on a mail server; what fails waits for {@link PartnerNoticeDispatch}.
 */
@ApplicationScoped
public class PartnerNoticeAfterCommit {

  private static final Logger LOG = Logger.getLogger(PartnerNoticeAfterCommit.class.getName());

  @Resource private ManagedExecutorService executor;

  @Inject private PartnerNoticeDispatch dispatch;

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PackagesForwarded event) {
    try {
      executor.execute(dispatch::send);
    } catch (RejectedExecutionException e) {
      LOG.fine("Partner notices wait for the sweep");
    }
  }
}
