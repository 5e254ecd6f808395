package nl.waakzaam.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The SMTP server of the test run: GreenMail in the test JVM, on a free port, started once. The
 * application under test sends to it as it would to any mail server; tests read what arrived.
 */
public final class TestMail {

  private static TestMail instance;

  private final GreenMail server;
  private final int port;

  private TestMail(int port) {
    this.port = port;
    this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  public static synchronized TestMail get() {
    if (instance == null) {
      instance = new TestMail(freePort());
      Runtime.getRuntime().addShutdownHook(new Thread(instance.server::stop));
    }
    return instance;
  }

  /** The settings that point the application at this server. */
  public Map<String, String> settings() {
    return Map.of(
        "WAAKZAAM_SMTP_HOST", "127.0.0.1",
        "WAAKZAAM_SMTP_PORT", String.valueOf(port),
        "WAAKZAAM_SMTP_STARTTLS", "false",
        "WAAKZAAM_MAIL_FROM", "noreply@waakzaam.test");
  }

  /** Every message received so far, to any address. */
  public List<MimeMessage> received() {
    return List.of(server.getReceivedMessages());
  }

  /** The messages received for {@code address}. */
  public List<MimeMessage> to(String address) {
    return received().stream()
        .filter(
            m -> {
              try {
                return m.getAllRecipients() != null
                    && List.of(m.getAllRecipients()).stream()
                        .anyMatch(r -> r.toString().equalsIgnoreCase(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  /**
   * Waits up to {@code timeout} until {@code count} messages arrived for {@code address}, then
   * returns them (also when fewer came).
   */
  public List<MimeMessage> awaitTo(String address, int count, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    List<MimeMessage> messages = to(address);
    while (messages.size() < count && System.nanoTime() < end) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      messages = to(address);
    }
    return messages;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
