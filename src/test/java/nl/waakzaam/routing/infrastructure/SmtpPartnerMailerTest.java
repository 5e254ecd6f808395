package nl.waakzaam.routing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmtpPartnerMailerTest {

  @Test
  void theMailboxLearnsWhereToLogInAndNothingOfTheSignal() {
    String body = SmtpPartnerMailer.body("https://melden.example.nl/console/#/inbox");
    assertTrue(body.contains("https://melden.example.nl/console/#/inbox"), body);
    assertTrue(body.contains("zegt met opzet niets over de melding"), body);
    assertTrue(body.contains("uw antwoord komt nergens aan"), body);
    assertFalse(SmtpPartnerMailer.SUBJECT.matches(".*[0-9].*"), "no reference in the subject");
  }
}
