package nl.waakzaam.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server that refuses every recipient the way real ones do, quoting the address in its
 * answer ({@code 550 5.1.1 <x@example.nl>: Recipient address rejected}): the failure whose message
 * would put a reporter's e-mail address in the log.
 */
public final class RefusingMailServer implements AutoCloseable {

  private final ServerSocket socket;

  public RefusingMailServer() {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread accepting = new Thread(this::accept, "refusing-smtp");
    accepting.setDaemon(true);
    accepting.start();
  }

  public int port() {
    return socket.getLocalPort();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException e) {
        // the client went away, or the server is closed
      }
    }
  }

  private static void converse(Socket client) throws IOException {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
    reply(out, "220 refusing.test ESMTP");
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("EHLO") || command.startsWith("HELO")) {
        reply(out, "250 refusing.test");
      } else if (command.startsWith("RCPT TO:")) {
        String address = line.substring("RCPT TO:".length()).trim();
        reply(out, "550 5.1.1 " + address + ": Recipient address rejected: User unknown");
      } else if (command.startsWith("DATA")) {
        reply(out, "554 5.5.1 No valid recipients");
      } else if (command.startsWith("QUIT")) {
        reply(out, "221 2.0.0 Bye");
        return;
      } else {
        reply(out, "250 2.0.0 OK");
      }
    }
  }

  private static void reply(Writer out, String line) throws IOException {
    out.write(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
