package nl.waakzaam.feedback.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.waakzaam.feedback.domain.NoticeMailer;
import nl.waakzaam.shared.application.OutgoingMail;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/** The notice to a reporter, through the platform's outgoing mail. */
@ApplicationScoped
public class SmtpNoticeMailer implements NoticeMailer {

  /** Says there is news, and nothing else: no reference, no content, no platform. */
  static final String SUBJECT = "Er is nieuws over uw melding";

  @Inject private Settings settings;
  @Inject private OutgoingMail mail;

  private String body;

  @PostConstruct
  void configure() {
    body = body(settings.text(Setting.PUBLIC_URL).replaceAll("/+$", "") + "/opvolgen");
  }

  static String body(String followUpPage) {
    return String.join(
        "\r\n",
        "Goedendag,",
        "",
        "Er is nieuws over de melding die u deed. Open deze pagina en vul uw ontvangstcode in om"
            + " het te lezen:",
        "",
        followUpPage,
        "",
        "Deze e-mail zegt met opzet niets over uw melding. U kunt deze e-mail niet beantwoorden:"
            + " uw antwoord komt nergens aan.",
        "",
        "--",
        "There is news about the report you made. Open the page above and enter your receipt code"
            + " to read it.",
        "");
  }

  @Override
  public void send(String address) {
    try {
      mail.send(address, SUBJECT, body);
    } catch (OutgoingMail.NotDeliveredException e) {
      throw new NoticeNotDeliveredException(e);
    }
  }
}
