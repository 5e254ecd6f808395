package nl.waakzaam.signal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One typed answer of a signal, as the form asked it: {@code question} is the form's key ({@code
 * barnOffer.buildingType}), {@code value} what was answered: text, a number, a yes or no, a date
 * and time, one choice (an enum constant) or a set of them.
 */
public record Answer(String question, Object value) {

  public Answer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(value, "value");
  }

  /** Collects the answers given, in the form's order, leaving out what was not answered. */
  static final class Listed {
    private final String form;
    private final List<Answer> answers = new ArrayList<>();

    Listed(String form) {
      this.form = form;
    }

    Listed add(String field, Object value) {
      if (value instanceof Optional<?> o) {
        o.ifPresent(v -> add(field, v));
      } else if (value instanceof java.util.Collection<?> c && c.isEmpty()) {
        return this;
      } else if (value != null) {
        answers.add(new Answer(form + "." + field, value));
      }
      return this;
    }

    List<Answer> list() {
      return List.copyOf(answers);
    }
  }
}
