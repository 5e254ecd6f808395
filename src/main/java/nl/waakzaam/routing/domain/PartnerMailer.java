package nl.waakzaam.routing.domain;

/**
 * Tells a partner's functional mailbox that a package waits in Waakzaam, and nothing more: no
 * reference, no content, no region, no attachment. The partner reads the package after logging in.
 */
public interface PartnerMailer {

  /**
   * @throws NotDeliveredException when the mail server did not take it
   */
  void send(String mailbox);

  /** The mail server refused or could not be reached. */
  class NotDeliveredException extends RuntimeException {
    public NotDeliveredException(Throwable cause) {
      super("The notice was not delivered to the mail server", cause);
    }
  }
}
