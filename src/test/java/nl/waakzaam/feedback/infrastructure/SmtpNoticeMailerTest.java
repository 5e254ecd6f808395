package nl.waakzaam.feedback.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmtpNoticeMailerTest {

  private final String body = SmtpNoticeMailer.body("https://melden.example.nl/opvolgen");

  @Test
  void theNoticeSaysInPlainWordsWhereToLookAndThatAReplyGoesNowhere() {
    assertTrue(body.contains("https://melden.example.nl/opvolgen"), body);
    assertTrue(body.contains("vul uw ontvangstcode in"), body);
    assertTrue(
        body.contains("U kunt deze e-mail niet beantwoorden: uw antwoord komt nergens aan."));
    assertFalse(body.contains("Antwoorden op deze e-mail komt niet aan"), "not B1 Dutch");
  }
}
