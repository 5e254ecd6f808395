package nl.waakzaam.intake.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a reporter typed into a signal form, kept exactly as typed so that nothing is lost when the
 * page comes back with an error, and its translation into the API's JSON request. Text that cannot
 * be read (an amount of "vijfduizend") stays out of the request and is reported on its own field.
 */
final class FormAnswers {

  private final Questionnaire questionnaire;
  private final Map<String, List<String>> typed;

  private FormAnswers(Questionnaire questionnaire, Map<String, List<String>> typed) {
    this.questionnaire = questionnaire;
    this.typed = typed;
  }

  static FormAnswers empty(Questionnaire questionnaire) {
    return new FormAnswers(questionnaire, Map.of());
  }

  /** The answers among the posted parameters; anything that is not a question is left out. */
  static FormAnswers from(Questionnaire questionnaire, Map<String, String[]> parameters) {
    Map<String, List<String>> typed = new LinkedHashMap<>();
    for (Question q : questionnaire.questions()) {
      String[] values = parameters.get(q.name());
      if (values != null) {
        typed.put(q.name(), Arrays.stream(values).map(FormAnswers::normalised).toList());
      }
    }
    return new FormAnswers(questionnaire, typed);
  }

  /** Browsers send line breaks of text areas as CR LF; the API keeps LF only. */
  private static String normalised(String value) {
    return value.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The text of a question as typed, or empty. */
  String text(String name) {
    List<String> values = typed.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }

  /** All values of a question (the ticked boxes of a {@link AnswerType#SOME_OF}). */
  List<String> values(String name) {
    return typed.getOrDefault(name, List.of()).stream()
        .filter(v -> !v.isBlank() && !v.equals(Question.UNKNOWN))
        .toList();
  }

  boolean isAnswered(Question q) {
    return !values(q.name()).isEmpty();
  }

  boolean isAnswered(Questionnaire.Group group) {
    return group.questions().stream().anyMatch(this::isAnswered);
  }

  /**
   * The request of the API these answers make.
   *
   * @param request the JSON object to bind and validate
   * @param unreadable the questions whose text could not be read, with the key of the message
   * @param slots for each list ({@code persons}), the form slot of each element of the request's
   *     array: blank slots are left out, so element 0 may be slot 1
   */
  record Translation(
      JsonObject request, Map<String, String> unreadable, Map<String, List<Integer>> slots) {

    /** The question of a JSON Pointer of a violation ({@code /persons/0/phone}), if any. */
    Optional<String> questionOf(String pointer) {
      if (pointer.isEmpty()) {
        return Optional.empty();
      }
      List<String> parts = new ArrayList<>(Arrays.asList(pointer.substring(1).split("/")));
      if (parts.size() >= 2 && slots.containsKey(parts.get(0)) && parts.get(1).matches("\\d+")) {
        List<Integer> slotsOfList = slots.get(parts.get(0));
        int index = Integer.parseInt(parts.get(1));
        if (index >= slotsOfList.size()) {
          return Optional.empty();
        }
        parts.set(1, Integer.toString(slotsOfList.get(index)));
      }
      return Optional.of(String.join(".", parts));
    }
  }

  Translation translate() {
    Map<String, Object> request = new LinkedHashMap<>();
    Map<String, String> unreadable = new LinkedHashMap<>();
    Map<String, List<Integer>> slots = new LinkedHashMap<>();
    request.put("kind", questionnaire.kind().name());
    questionnaire.fixed().forEach(request::put);
    request.put("location", new LinkedHashMap<String, Object>());
    request.put(section(), new LinkedHashMap<String, Object>());
    boolean contact =
        questionnaire.questions().stream()
            .anyMatch(q -> q.name().startsWith("contact.") && isAnswered(q));
    for (Questionnaire.Group group : questionnaire.groups()) {
      if (group.slot() >= 0) {
        if (isAnswered(group)) {
          Map<String, Object> element = new LinkedHashMap<>();
          for (Question q : group.questions()) {
            read(q, unreadable).ifPresent(v -> element.put(lastPart(q.name()), v));
          }
          @SuppressWarnings("unchecked")
          List<Object> list =
              (List<Object>) request.computeIfAbsent(group.textKey(), k -> new ArrayList<>());
          list.add(element);
          slots.computeIfAbsent(group.textKey(), k -> new ArrayList<>()).add(group.slot());
        }
        continue;
      }
      for (Question q : group.questions()) {
        if (q.name().startsWith("contact.") && !contact) {
          continue;
        }
        read(q, unreadable).ifPresent(v -> put(request, q.name(), v));
      }
    }
    return new Translation(Json.createObjectBuilder(request).build(), unreadable, slots);
  }

  /** The section of the kind's own questions in the request: {@code barnOffer} and so on. */
  private String section() {
    return switch (questionnaire.kind()) {
      case GENERAL -> "general";
      case BARN_OFFER -> "barnOffer";
      case VESSEL -> "vessel";
    };
  }

  private Optional<Object> read(Question q, Map<String, String> unreadable) {
    List<String> values = values(q.name());
    if (values.isEmpty()) {
      return Optional.empty();
    }
    String text = values.get(0).strip();
    Optional<Object> value =
        switch (q.type()) {
          case TEXT, LONG_TEXT, EMAIL, PHONE, ONE_OF -> Optional.of(text);
          case SOME_OF -> Optional.of(values);
          case YES_NO -> yesNo(text);
          case WHOLE_NUMBER -> TypedText.wholeNumber(text).map(n -> n);
          case EUROS -> TypedText.euros(text).map(FormAnswers::plain);
          case DATE -> TypedText.date(text).map(LocalDate::toString);
          case TIME -> TypedText.time(text).map(LocalTime::toString);
          case DATE_TIME ->
              TypedText.dateTime(text).map(t -> t.truncatedTo(ChronoUnit.MINUTES).toString());
        };
    if (value.isEmpty()) {
      unreadable.put(
          q.name(), "form.unreadable." + q.type().name().toLowerCase().replace('_', '-'));
    }
    return value;
  }

  private static Optional<Object> yesNo(String text) {
    return switch (text) {
      case Question.YES -> Optional.of(Boolean.TRUE);
      case Question.NO -> Optional.of(Boolean.FALSE);
      default -> Optional.empty();
    };
  }

  private static Object plain(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount;
  }

  /** Puts {@code value} at a dotted path, making the objects on the way. */
  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> at = root;
    for (int i = 0; i < parts.length - 1; i++) {
      Function<String, Object> fresh = k -> new LinkedHashMap<String, Object>();
      at = (Map<String, Object>) at.computeIfAbsent(parts[i], fresh);
    }
    at.put(parts[parts.length - 1], value);
  }

  private static String lastPart(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
