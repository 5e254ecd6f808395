package nl.waakzaam.intake.interfaces.web;

import java.util.List;

/**
 * A question as a page shows it: its words, what the reporter typed, and the error next to it.
 * Views call the accessors with parentheses: {@code #{q.label()}}.
 *
 * @param control how the page asks it: {@code text}, {@code textarea}, {@code radio} or {@code
 *     checkbox}
 * @param inputType the {@code type} of a text input: {@code text}, {@code email}, {@code date} …
 * @param hint a line of help under the label, or null
 * @param error the message next to the field, or null
 * @param shown whether the question is asked on this step; otherwise its answer travels along in
 *     hidden inputs
 * @param maxLength the longest text the question takes, or null
 */
public record QuestionView(
    String name,
    String id,
    String control,
    String inputType,
    String inputMode,
    String autocomplete,
    String label,
    String hint,
    boolean required,
    String value,
    List<String> values,
    List<Choice> choices,
    String error,
    boolean shown,
    Integer maxLength) {

  /** One of the options of a choice question. */
  public record Choice(String value, String id, String label, boolean checked) {}

  /** The ids of the elements that describe the field, for {@code aria-describedby}; or null. */
  public String describedBy() {
    String ids =
        ((hint == null ? "" : id + "-hint ") + (error == null ? "" : id + "-error")).strip();
    return ids.isEmpty() ? null : ids;
  }

  public boolean invalid() {
    return error != null;
  }
}
