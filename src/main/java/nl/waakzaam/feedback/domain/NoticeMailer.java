package nl.waakzaam.feedback.domain;

/**
 * Delivers the content-free notice to one address. What the notice says is fixed: that there is
 * news, and where to read it with the receipt code; never the reference, the content, or the
 * platform's name in the subject.
 */
public interface NoticeMailer {

  /**
   * @throws NoticeNotDeliveredException when the mail server did not take the message
   */
  void send(String address);

  /** The mail server refused or could not be reached. */
  class NoticeNotDeliveredException extends RuntimeException {
    public NoticeNotDeliveredException(Throwable cause) {
      super("The notice was not delivered to the mail server", cause);
    }
  }
}
