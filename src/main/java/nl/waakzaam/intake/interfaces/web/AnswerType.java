package nl.waakzaam.intake.interfaces.web;

/** How a question is answered on a page, and so how the typed text becomes a JSON value. */
enum AnswerType {
  /** One line of text. */
  TEXT("text"),
  /** Several lines. */
  LONG_TEXT("text"),
  EMAIL("email"),
  PHONE("tel"),
  /** A whole number, such as square metres or months. */
  WHOLE_NUMBER("text"),
  /**
   * An amount in euros, written as people write it: {@code 5000}, {@code 5.000} or {@code
   * 5.000,50}.
   */
  EUROS("text"),
  DATE("date"),
  TIME("time"),
  DATE_TIME("datetime-local"),
  /** Yes, no, or not answered. */
  YES_NO("radio"),
  /** One of a list. */
  ONE_OF("radio"),
  /** Any of a list. */
  SOME_OF("checkbox");

  private final String inputType;

  AnswerType(String inputType) {
    this.inputType = inputType;
  }

  /** The {@code type} of the HTML input. */
  String inputType() {
    return inputType;
  }
}
