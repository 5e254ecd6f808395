package nl.waakzaam.shared.application;

/**
 * Plain-text mail out of the platform: the one way out for the content-free notices to reporters
 * and to partners' mailboxes. The SMTP server is the settings' ({@code
 * nl.waakzaam.shared.infrastructure.SmtpOutgoingMail}).
 */
public interface OutgoingMail {

  /**
   * @throws NotDeliveredException when the mail server did not take the message
   */
  void send(String address, String subject, String body);

  /** The mail server refused the message or could not be reached. */
  class NotDeliveredException extends RuntimeException {
    public NotDeliveredException(Throwable cause) {
      super("The mail was not delivered to the mail server", cause);
    }
  }
}
