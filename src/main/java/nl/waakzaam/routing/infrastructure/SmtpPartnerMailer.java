package nl.waakzaam.routing.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.waakzaam.routing.domain.PartnerMailer;
import nl.waakzaam.shared.application.OutgoingMail;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/** The partner's notice through the platform's outgoing mail. */
@ApplicationScoped
public class SmtpPartnerMailer implements PartnerMailer {

  /** Says that something waits, not what: a mailbox is read by more people than the package. */
  static final String SUBJECT = "Er staat een doorgestuurde melding voor u klaar";

  @Inject private Settings settings;
  @Inject private OutgoingMail mail;

  private String body;

  @PostConstruct
  void configure() {
    body = body(settings.text(Setting.PUBLIC_URL).replaceAll("/+$", "") + "/console/#/inbox");
  }

  static String body(String inbox) {
    return String.join(
        "\r\n",
        "Goedendag,",
        "",
        "Het Platform Veilig Ondernemen heeft een melding naar uw organisatie doorgestuurd. Log in"
            + " om haar te lezen:",
        "",
        inbox,
        "",
        "Deze e-mail zegt met opzet niets over de melding zelf. U kunt deze e-mail niet"
            + " beantwoorden: uw antwoord komt nergens aan.",
        "");
  }

  @Override
  public void send(String mailbox) {
    try {
      mail.send(mailbox, SUBJECT, body);
    } catch (OutgoingMail.NotDeliveredException e) {
      throw new NotDeliveredException(e);
    }
  }
}
