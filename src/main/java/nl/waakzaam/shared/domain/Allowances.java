package nl.waakzaam.shared.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * What is left of each subject's {@link Allowance}, counted alike by every instance of the
 * application. A subject is whatever the caller counts by (a client's network, "everyone"); it is
 * kept only as a keyed hash.
 *
 * <p>What is taken stays taken whatever happens to the caller's transaction: a wrong receipt code
 * counts even though the attempt is rolled back.
 */
public interface Allowances {

  /**
   * Takes {@code amount} from the subject's allowance.
   *
   * @return empty when taken; else nothing is taken and the wait until it could be
   */
  Optional<Duration> take(Allowance allowance, String subject, long amount);

  /**
   * Whether {@code amount} is left of the subject's allowance now, without taking it.
   *
   * @return empty when it is left; else the wait until it would be
   */
  Optional<Duration> waitFor(Allowance allowance, String subject, long amount);

  /**
   * Takes {@code amount} from the subject's allowance, or refuses the request.
   *
   * @throws LimitReachedException of {@code problemType}, with the wait, when not enough is left
   */
  default void takeOrRefuse(Allowance allowance, String subject, long amount, String problemType) {
    take(allowance, subject, amount)
        .ifPresent(
            wait -> {
              throw new LimitReachedException(problemType, wait);
            });
  }
}
