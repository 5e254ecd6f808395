package nl.waakzaam.testing;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import nl.waakzaam.devstack.PayaraMicro;
import nl.waakzaam.testing.arquillian.SharedPayaraMicroContainer;

/**
 * A second Payara Micro beside the one all tests share, on the same database, Keycloak and archive,
 * started once for the tests that need two instances or settings of their own, and stopped with the
 * test JVM. It differs from the first in its limits (100 anonymous submissions per client per hour;
 * 3 batches per minute and 60 signals per day per association) and its mail server, which refuses
 * every recipient ({@link RefusingMailServer}).
 */
public final class SecondInstance {

  public static final int SUBMISSIONS_PER_HOUR = 100;

  /** An association's batches per minute, and signals per day, on this instance. */
  public static final int BATCHES_PER_MINUTE = 3;

  public static final int BATCH_ITEMS_PER_DAY = 60;

  private static PayaraMicro server;
  private static RefusingMailServer mail;

  private SecondInstance() {}

  /** The running second instance, started at the first call. */
  public static synchronized PayaraMicro get() {
    if (server == null || !server.isAlive()) {
      mail = new RefusingMailServer();
      server =
          SharedPayaraMicroContainer.startAnother(
              Map.of(
                  "WAAKZAAM_INTAKE_MAX_SUBMISSIONS_PER_HOUR", "" + SUBMISSIONS_PER_HOUR,
                  "WAAKZAAM_ASSOCIATION_MAX_BATCHES_PER_MINUTE", "" + BATCHES_PER_MINUTE,
                  "WAAKZAAM_ASSOCIATION_MAX_ITEMS_PER_DAY", "" + BATCH_ITEMS_PER_DAY,
                  "WAAKZAAM_SMTP_PORT", "" + mail.port()));
      PayaraMicro started = server;
      RefusingMailServer refusing = mail;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    started.close();
                    refusing.close();
                  }));
    }
    return server;
  }

  /** An API client of the second instance. */
  public static Api api() {
    try {
      return new Api(new URL(get().baseUrl() + "/"));
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
