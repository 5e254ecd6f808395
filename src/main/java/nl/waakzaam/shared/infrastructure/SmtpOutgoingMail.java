package nl.waakzaam.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import nl.waakzaam.shared.application.OutgoingMail;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/** Plain-text mail through the SMTP server of the settings, with Jakarta Mail. */
@ApplicationScoped
public class SmtpOutgoingMail implements OutgoingMail {

  private static final String TIMEOUT_MILLIS = "10000";

  @Inject private Settings settings;

  private Session session;
  private InternetAddress from;

  @PostConstruct
  void configure() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", settings.text(Setting.SMTP_HOST));
    properties.put("mail.smtp.port", String.valueOf(settings.positiveInteger(Setting.SMTP_PORT)));
    properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    boolean starttls = Boolean.parseBoolean(settings.text(Setting.SMTP_STARTTLS).trim());
    properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
    String user = settings.text(Setting.SMTP_USER);
    Authenticator authenticator = null;
    if (!user.isBlank()) {
      properties.put("mail.smtp.auth", "true");
      String password = settings.text(Setting.SMTP_PASSWORD);
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user, password);
            }
          };
    }
    session = Session.getInstance(properties, authenticator);
    try {
      from = new InternetAddress(settings.text(Setting.MAIL_FROM), true);
    } catch (MessagingException e) {
      throw new IllegalStateException(
          Setting.MAIL_FROM.environmentVariable() + " is no address", e);
    }
  }

  @Override
  public void send(String address, String subject, String body) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(from);
      message.setRecipient(
          jakarta.mail.Message.RecipientType.TO, new InternetAddress(address, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new NotDeliveredException(e);
    }
  }
}
