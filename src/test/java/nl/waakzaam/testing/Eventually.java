package nl.waakzaam.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for what the server does after it answered: a webhook sent, a worker done. */
public final class Eventually {

  private Eventually() {}

  /** Returns once {@code condition} holds, asking every 100 ms; fails after {@code within}. */
  public static void awaitTrue(BooleanSupplier condition, Duration within) {
    long until = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("Not so within " + within);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
