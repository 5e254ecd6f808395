package nl.waakzaam.intake.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.NotNull;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.waakzaam.intake.application.SubmitSignalRequest;
import nl.waakzaam.shared.interfaces.rest.Languages;
import nl.waakzaam.shared.interfaces.rest.Messages;
import nl.waakzaam.shared.interfaces.web.Texts;
import nl.waakzaam.signal.domain.SignalKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each form asks what the API's request holds, and has the words for all it asks. */
class QuestionnaireTest {

  @ParameterizedTest
  @EnumSource(SignalKind.class)
  void everyQuestionIsAnAnswerOfTheApiRequest(SignalKind kind) {
    for (Question q : Questionnaire.of(kind).questions()) {
      assertTrue(component(q.textKey()).isPresent(), kind + ": " + q.name() + " is not in the API");
    }
  }

  @ParameterizedTest
  @EnumSource(SignalKind.class)
  void theRequiredAnswersOfTheKindAreAskedAndMarked(SignalKind kind) {
    Questionnaire form = Questionnaire.of(kind);
    List<String> required =
        form.questions().stream().filter(Question::required).map(Question::name).toList();
    String section =
        switch (kind) {
          case GENERAL -> "general";
          case BARN_OFFER -> "barnOffer";
          case VESSEL -> "vessel";
        };
    List<String> apiRequired = notNullComponents(section);
    assertTrue(!apiRequired.isEmpty(), section + " has required answers");
    for (String name : apiRequired) {
      assertTrue(required.contains(section + "." + name), kind + " asks " + section + "." + name);
    }
    assertTrue(
        required.contains("sector") || form.fixed().containsKey("sector"),
        kind + " asks or fixes the sector");
  }

  @ParameterizedTest
  @EnumSource(SignalKind.class)
  void everyQuestionGroupAndChoiceHasItsWordsInBothLanguages(SignalKind kind) {
    for (var language : List.of(Languages.DUTCH, Languages.ENGLISH)) {
      Messages texts = Messages.of(Texts.BUNDLE, language);
      Questionnaire form = Questionnaire.of(kind);
      for (Question q : form.questions()) {
        String own = "q." + kind + "." + q.textKey() + ".label";
        assertTrue(
            has(texts, own) || has(texts, "q." + q.textKey() + ".label"),
            language + " " + q.name());
        for (String choice : q.choices()) {
          assertTrue(has(texts, "choice." + q.choiceTexts() + "." + choice), choice);
        }
      }
      for (Questionnaire.Group g : form.groups()) {
        assertTrue(has(texts, "group." + g.textKey() + ".legend"), language + " " + g.key());
      }
      for (int step = 1; step <= Questionnaire.REVIEW; step++) {
        assertTrue(
            has(texts, "form." + kind + ".step." + step) || has(texts, "form.step." + step),
            language + " step " + step);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SignalKind.class)
  void textAreasCountTowardsTheApisOwnLimit(SignalKind kind) {
    assertEquals(Optional.of(10_000), RequestLimits.maxLength("description"));
    assertEquals(Optional.of(1_000), RequestLimits.maxLength("persons.description"));
    assertEquals(Optional.empty(), RequestLimits.maxLength("barnOffer.cashPayment"));
    String withoutLimit =
        Questionnaire.of(kind).questions().stream()
            .filter(q -> q.type() == AnswerType.LONG_TEXT)
            .filter(q -> RequestLimits.maxLength(q.textKey()).isEmpty())
            .map(Question::name)
            .collect(Collectors.joining(", "));
    assertEquals("", withoutLimit, "text areas without a limit");
  }

  private static boolean has(Messages texts, String key) {
    return texts.find(key, java.util.Map.of()).isPresent();
  }

  private static List<String> notNullComponents(String section) {
    Class<?> type = component(section).orElseThrow().getType();
    return java.util.Arrays.stream(type.getRecordComponents())
        .filter(c -> c.getAccessor().isAnnotationPresent(NotNull.class))
        .map(RecordComponent::getName)
        .toList();
  }

  private static Optional<RecordComponent> component(String path) {
    Class<?> type = SubmitSignalRequest.class;
    RecordComponent found = null;
    for (String part : path.split("\\.")) {
      found = null;
      for (RecordComponent c : type.getRecordComponents()) {
        if (c.getName().equals(part)) {
          found = c;
        }
      }
      if (found == null) {
        return Optional.empty();
      }
      type =
          found.getGenericType() instanceof ParameterizedType list
                  && List.class.isAssignableFrom(found.getType())
              ? (Class<?>) list.getActualTypeArguments()[0]
              : found.getType();
    }
    return Optional.ofNullable(found);
  }
}
