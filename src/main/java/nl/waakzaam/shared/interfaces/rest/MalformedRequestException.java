package nl.waakzaam.shared.interfaces.rest;

import java.util.Locale;

/** The body is not one JSON value as the API takes it; answered 400, with what is wrong. */
public class MalformedRequestException extends RuntimeException {

  /** What is wrong with the body, each with a problem type of its own. */
  public enum Reason {
    /** Empty, or not JSON at all. */
    NOT_JSON("malformed-request"),
    /** Bytes that are not UTF-8: never repaired, as a repaired text is not what was sent. */
    NOT_UTF8("invalid-encoding"),
    /** Objects and arrays nested deeper than {@link StrictJsonParser#MAX_DEPTH}. */
    TOO_DEEP("json-too-deep"),
    /** A number of more than {@link StrictJsonParser#MAX_NUMBER_LENGTH} characters. */
    NUMBER_TOO_LONG("json-number-too-long"),
    /** A number no decimal holds, such as one with an exponent of more digits than an int has. */
    NUMBER_OUT_OF_RANGE("json-number-out-of-range"),
    /** Something after the one JSON value. */
    TRAILING_CONTENT("json-trailing-content");

    private final String problem;

    Reason(String problem) {
      this.problem = problem;
    }

    /** The problem type's name, as in {@code urn:waakzaam:problem:<name>}. */
    public String problem() {
      return problem;
    }
  }

  private final Reason reason;

  public MalformedRequestException(Reason reason) {
    super(reason.name().toLowerCase(Locale.ROOT), null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
