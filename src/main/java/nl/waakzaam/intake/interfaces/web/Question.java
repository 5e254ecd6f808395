package nl.waakzaam.intake.interfaces.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One question of a signal form. Its {@code name} is the path of the answer in the API's request,
 * dotted ({@code barnOffer.offeredRentEuros}, {@code persons.1.phone}), so the same rules check
 * both; its words come from the page texts under {@code q.} and the name without slot numbers.
 *
 * @param step the step of the form that asks it, from 1
 * @param choices for {@link AnswerType#ONE_OF} and {@link AnswerType#SOME_OF}: the allowed values
 * @param choiceTexts where the words of the choices are, under {@code choice.}: the simple name of
 *     their enum
 * @param required whether the form cannot be sent without it (shown as such, checked by the API's
 *     rules)
 */
record Question(
    String name,
    AnswerType type,
    int step,
    List<String> choices,
    String choiceTexts,
    boolean required) {

  Question {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    choices = List.copyOf(choices);
    boolean choosing =
        type == AnswerType.ONE_OF || type == AnswerType.SOME_OF || type == AnswerType.YES_NO;
    if (choosing == choices.isEmpty()) {
      throw new IllegalArgumentException(name + ": choices go with choice questions only");
    }
  }

  static Question optional(String name, AnswerType type, int step) {
    return new Question(name, type, step, yesNo(type), textsOf(type), false);
  }

  static Question required(String name, AnswerType type, int step) {
    return new Question(name, type, step, yesNo(type), textsOf(type), true);
  }

  static Question oneOf(String name, int step, boolean required, Enum<?>... choices) {
    return new Question(name, AnswerType.ONE_OF, step, names(choices), textsOf(choices), required);
  }

  static Question someOf(String name, int step, Enum<?>... choices) {
    return new Question(name, AnswerType.SOME_OF, step, names(choices), textsOf(choices), false);
  }

  /** Whether the question is given as a choice between buttons or boxes. */
  boolean isChoice() {
    return !choices.isEmpty();
  }

  private static List<String> yesNo(AnswerType type) {
    return type == AnswerType.YES_NO ? List.of(YES, NO) : List.of();
  }

  private static String textsOf(AnswerType type) {
    return type == AnswerType.YES_NO ? "yes-no" : "";
  }

  private static String textsOf(Enum<?>... choices) {
    return choices[0].getDeclaringClass().getSimpleName();
  }

  static final String YES = "yes";
  static final String NO = "no";

  /** The value of the "don't know" option of a question that need not be answered. */
  static final String UNKNOWN = "unknown";

  /** The name without slot numbers: {@code persons.phone} for {@code persons.1.phone}. */
  String textKey() {
    return name.replaceAll("\\.\\d+\\.", ".");
  }

  /** The id of the HTML element: the name with hyphens, as ids with dots need escaping in CSS. */
  String id() {
    return name.replace('.', '-');
  }

  /** The slot of a repeated question ({@code 1} for {@code persons.1.phone}), or -1. */
  int slot() {
    String[] parts = name.split("\\.");
    return parts.length == 3 && parts[1].matches("\\d+") ? Integer.parseInt(parts[1]) : -1;
  }

  private static List<String> names(Enum<?>... choices) {
    return Arrays.stream(choices).map(Enum::name).toList();
  }
}
