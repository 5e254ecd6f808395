package nl.waakzaam.testing;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import nl.waakzaam.devstack.PayaraMicro;
import nl.waakzaam.testing.arquillian.SharedPayaraMicroContainer;

/**
 * A second Payara Micro beside the one all tests share, on the same database, Keycloak and archive,
 * started once for the tests that need two instances or settings of their own, and stopped with the
 * test JVM. It differs from the first in two settings: 100 anonymous submissions per client per
 * hour, and a mail server that refuses every recipient ({@link RefusingMailServer}).
 */
public final class SecondInstance {

  public static final int SUBMISSIONS_PER_HOUR = 100;

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
