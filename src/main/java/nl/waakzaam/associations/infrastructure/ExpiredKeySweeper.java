package nl.waakzaam.associations.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.waakzaam.associations.domain.BatchRepository;

/**
 * Every quarter of an hour, forgets the Idempotency-Keys whose 24 hours are over, with the sealed
 * answers that only they opened; the batches stay. Several instances may sweep: the statement is
 * the same whoever runs it.
 */
@Singleton
public class ExpiredKeySweeper {

  @Inject private BatchRepository batches;

  @Inject private Clock clock;

  @Schedule(minute = "*/15", hour = "*", persistent = false)
  void sweep() {
    batches.forgetExpiredKeys(clock.instant());
  }
}
