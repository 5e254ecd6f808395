package nl.waakzaam.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The port of the application under test, chosen once per run before Keycloak starts: the staff
 * console's redirect address (http://127.0.0.1:port/console/) must be registered with Keycloak's
 * console client, and Keycloak does not match a port by wildcard.
 */
public final class TestPorts {

  private static final int APPLICATION = free();

  private TestPorts() {}

  /** The port Payara Micro listens on in this test run. */
  public static int application() {
    return APPLICATION;
  }

  /** Where the console of the application under test lives. */
  public static String consoleOrigin() {
    return "http://127.0.0.1:" + APPLICATION;
  }

  public static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
