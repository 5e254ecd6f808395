package nl.waakzaam.signal.domain;

import nl.waakzaam.shared.domain.DomainException;
import nl.waakzaam.shared.domain.PlainText;

/** A staff step that needs a reason got none, or one that is too long or not plain text. */
public class ReasonRejectedException extends DomainException {

  /** The longest reason kept with a step (a status change, a merge, a link, a request). */
  public static final int MAX_REASON = 2_000;

  public ReasonRejectedException() {
    super(Kind.UNPROCESSABLE, "reason-rejected", "A reason holds 1 to 2000 characters of text");
  }

  /**
   * {@code reason} without surrounding blanks.
   *
   * @throws ReasonRejectedException when it is missing, blank, too long or not plain text
   */
  public static String required(String reason) {
    if (reason == null
        || reason.isBlank()
        || reason.length() > MAX_REASON
        || !PlainText.isPlain(reason)) {
      throw new ReasonRejectedException();
    }
    return reason.strip();
  }
}
