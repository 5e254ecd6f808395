package nl.waakzaam.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The mail server of the run command: GreenMail takes what the application sends over SMTP and
 * keeps it in memory, and a small page on loopback shows it, newest first. Nothing leaves the
 * machine; the mails are gone when the run stops.
 */
final class DevMailbox implements AutoCloseable {

  private final GreenMail smtp;
  private final HttpServer page;
  private final int smtpPort;
  private final int pagePort;

  private DevMailbox(int smtpPort, int pagePort) throws IOException {
    this.smtpPort = smtpPort;
    this.pagePort = pagePort;
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    page = HttpServer.create(new InetSocketAddress("127.0.0.1", pagePort), 0);
    page.createContext(
        "/",
        exchange -> {
          byte[] body = html().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    page.start();
  }

  static DevMailbox start(int smtpPort, int pagePort) {
    try {
      return new DevMailbox(smtpPort, pagePort);
    } catch (IOException e) {
      throw new UncheckedIOException("The development mailbox did not start", e);
    }
  }

  int smtpPort() {
    return smtpPort;
  }

  String pageUrl() {
    return "http://127.0.0.1:" + pagePort + "/";
  }

  private String html() {
    MimeMessage[] messages = smtp.getReceivedMessages();
    StringBuilder b =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"nl\"><meta charset=\"utf-8\"><title>Mails van Waakzaam"
                + " (ontwikkeling)</title><h1>Mails aan melders</h1><p>"
                + messages.length
                + " ontvangen sinds de start, nieuwste eerst.</p>");
    for (int i = messages.length - 1; i >= 0; i--) {
      MimeMessage m = messages[i];
      try {
        b.append("<article><h2>")
            .append(escape(m.getSubject()))
            .append("</h2><p>Aan: ")
            .append(
                escape(
                    Arrays.stream(m.getAllRecipients())
                        .map(Object::toString)
                        .collect(Collectors.joining(", "))))
            .append(" · ")
            .append(escape(String.valueOf(m.getSentDate())))
            .append("</p><pre>")
            .append(escape(String.valueOf(m.getContent())))
            .append("</pre></article>");
      } catch (MessagingException | IOException e) {
        b.append("<p>(onleesbaar bericht)</p>");
      }
    }
    return b.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() {
    page.stop(0);
    smtp.stop();
  }
}
