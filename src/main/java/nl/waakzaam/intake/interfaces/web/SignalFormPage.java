package nl.waakzaam.intake.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.waakzaam.intake.application.Receipt;
import nl.waakzaam.intake.application.ReferencesExhaustedException;
import nl.waakzaam.intake.application.RegionUndeterminedException;
import nl.waakzaam.intake.application.SignalIntake;
import nl.waakzaam.intake.application.SubmissionLimits;
import nl.waakzaam.intake.application.SubmissionMapper;
import nl.waakzaam.intake.application.SubmitSignalRequest;
import nl.waakzaam.shared.domain.LimitReachedException;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Messages;
import nl.waakzaam.shared.interfaces.rest.RequestBinding;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.shared.interfaces.web.ClientAddresses;
import nl.waakzaam.shared.interfaces.web.PageLanguage;
import nl.waakzaam.shared.interfaces.web.Texts;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SubmissionRepeatedException;

/**
 * A signal form of one kind ({@code #{form}}), handled by the view action of its page: a GET shows
 * the first step; each POST carries every answer so far (the other steps' in hidden inputs, so no
 * session is needed) and a button: next, back, change a step, or send. Answers are checked by the
 * API's own rules; the receipt is shown in the answer to the POST that sent the signal, once.
 */
@Named("form")
@RequestScoped
public class SignalFormPage {

  static final String ACTION = "action";
  static final String STEP = "step";
  static final String SUBMISSION_KEY = "submissionKey";

  /** Carried while a reporter changes an answer from the review: the next step is the review. */
  static final String EDITING = "editing";

  private SignalIntake intake;
  private SubmissionLimits limits;
  private ClientAddresses clients;
  private RequestBinding binding;
  private HttpServletRequest request;
  private Texts texts;
  private PageLanguage language;

  private Questionnaire questionnaire;
  private FormAnswers answers;
  private int step = 1;
  private boolean editing;
  private String submissionKey;
  private final Map<String, String> errors = new LinkedHashMap<>();
  private final List<String> formErrors = new ArrayList<>();
  private final Set<String> specific = new HashSet<>();
  private Receipt receipt;
  private SignalReference repeated;

  protected SignalFormPage() {}

  @Inject
  SignalFormPage(
      SignalIntake intake,
      SubmissionLimits limits,
      ClientAddresses clients,
      RequestBinding binding,
      HttpServletRequest request,
      Texts texts,
      PageLanguage language) {
    this.intake = intake;
    this.limits = limits;
    this.clients = clients;
    this.binding = binding;
    this.request = request;
    this.texts = texts;
    this.language = language;
  }

  /** The view action of the form page of {@code kind}. */
  public void handle(String kind) {
    questionnaire = Questionnaire.of(SignalKind.valueOf(kind));
    if (!"POST".equals(request.getMethod())) {
      answers = FormAnswers.empty(questionnaire);
      submissionKey = newSubmissionKey();
      return;
    }
    answers = FormAnswers.from(questionnaire, request.getParameterMap());
    submissionKey =
        Optional.ofNullable(request.getParameter(SUBMISSION_KEY))
            .filter(k -> k.matches("[A-Za-z0-9_-]{22}"))
            .orElseGet(SignalFormPage::newSubmissionKey);
    int posted = postedStep();
    editing = "1".equals(request.getParameter(EDITING));
    String action = Optional.ofNullable(request.getParameter(ACTION)).orElse("next");
    switch (action) {
      case "back" -> step = Math.max(1, posted - 1);
      case "stay" -> step = posted;
      case "send" -> {
        step = posted;
        if (posted == Questionnaire.REVIEW) {
          send();
        }
      }
      default -> {
        if (action.startsWith("edit-")) {
          step = parseStep(action.substring("edit-".length()));
          editing = true;
        } else {
          check(posted);
          // "Wijzigen" on the review: once the changed step is right, back to the review, not
          // through every later step again (those were right already; sending checks them all).
          int next = editing ? Questionnaire.REVIEW : Math.min(Questionnaire.REVIEW, posted + 1);
          step = errors.isEmpty() ? next : firstStepWithError();
        }
      }
    }
  }

  private void send() {
    Optional<SubmitSignalRequest> checked = check(Questionnaire.REVIEW);
    if (checked.isEmpty()) {
      step = firstStepWithError();
      return;
    }
    try {
      limits.admit(clients.networkOf(request));
      receipt =
          intake.receive(
              SubmissionMapper.toContent(checked.get()),
              Actor.reporter(),
              Optional.of(submissionKey));
    } catch (RegionUndeterminedException e) {
      errors.put("location.municipality", apiMessages().text("location.region-undetermined"));
      step = 2;
    } catch (SubmissionRepeatedException e) {
      repeated = e.reference().orElse(null);
      if (repeated == null) {
        formErrors.add(texts.get("form.error.repeated"));
        step = Questionnaire.REVIEW;
      }
    } catch (ReferencesExhaustedException e) {
      formErrors.add(texts.get("form.error.try-later"));
      step = Questionnaire.REVIEW;
    } catch (LimitReachedException e) {
      long minutes = Math.max(1, (e.retryAfter().orElseThrow().toSeconds() + 59) / 60);
      formErrors.add(texts.format("form.error.too-many", Map.of("minutes", minutes)));
      step = Questionnaire.REVIEW;
    }
  }

  /**
   * Checks the answers of steps 1 to {@code upTo} by the API's rules; errors of later steps wait
   * until the reporter has been there.
   *
   * @return the request when nothing at all is wrong
   */
  private Optional<SubmitSignalRequest> check(int upTo) {
    FormAnswers.Translation translation = answers.translate();
    Map<String, String> found = new LinkedHashMap<>();
    translation.unreadable().forEach((name, key) -> found.put(name, texts.get(key)));
    SubmitSignalRequest checked = null;
    try {
      checked = binding.bind(translation.request(), SubmitSignalRequest.class);
    } catch (InvalidRequestException invalid) {
      Messages messages = apiMessages();
      // Where a field breaks several rules, the one in the field's own words is shown: "not a
      // Dutch postcode" says more than "at most 7 characters".
      List<Violation> specificFirst =
          invalid.violations().stream()
              .sorted(
                  Comparator.comparing(
                      (Violation v) -> v.messageKey().startsWith("jakarta.validation.")))
              .toList();
      for (Violation v : specificFirst) {
        Optional<Question> q = translation.questionOf(v.field()).flatMap(questionnaire::question);
        if (q.isPresent()) {
          found.putIfAbsent(q.get().name(), message(q.get(), v, messages));
        } else {
          formErrors.add(v.message(messages));
        }
      }
    }
    for (Question q : questionnaire.questions()) {
      if (found.containsKey(q.name()) && q.step() <= upTo) {
        errors.put(q.name(), found.get(q.name()));
      }
    }
    if (upTo < Questionnaire.REVIEW) {
      formErrors.clear();
    }
    return found.isEmpty() && formErrors.isEmpty()
        ? Optional.ofNullable(checked)
        : Optional.empty();
  }

  /**
   * The message of a violation; "this field is required" says which answer is missing, in the
   * question's own words, where the page texts have them.
   */
  private String message(Question q, Violation v, Messages messages) {
    String own = kindKey("q." + q.textKey()) + ".required";
    if (v.messageKey().equals(REQUIRED) && texts.containsKey(own)) {
      specific.add(q.name());
      return texts.get(own);
    }
    return v.message(messages);
  }

  private static final String REQUIRED = "jakarta.validation.constraints.NotNull.message";

  private int firstStepWithError() {
    return questionnaire.questions().stream()
        .filter(q -> errors.containsKey(q.name()))
        .mapToInt(Question::step)
        .min()
        .orElse(Questionnaire.REVIEW);
  }

  private int postedStep() {
    return parseStep(request.getParameter(STEP));
  }

  private static int parseStep(String text) {
    if (text == null || !text.matches("[1-9]")) {
      return 1;
    }
    return Math.min(Integer.parseInt(text), Questionnaire.REVIEW);
  }

  private Messages apiMessages() {
    return Messages.in(language.locale());
  }

  /** 128 random bits: a reload of the receipt page is then recognised and not stored twice. */
  private static String newSubmissionKey() {
    return Randomness.token(16);
  }

  // What the view shows.

  public String getKind() {
    return questionnaire.kind().name();
  }

  /** The address the form posts to: this page, in this language. */
  public String getAction() {
    return language.href(request.getServletPath().replaceFirst("\\.xhtml$", ""));
  }

  public int getStep() {
    return step;
  }

  public int getSteps() {
    return Questionnaire.REVIEW;
  }

  /** Whether the reporter came from the review to change an answer, and goes back there next. */
  public boolean isEditing() {
    return editing && isAsking();
  }

  public boolean isReviewing() {
    return step == Questionnaire.REVIEW && receipt == null && repeated == null;
  }

  public boolean isAsking() {
    return step < Questionnaire.REVIEW && receipt == null && repeated == null;
  }

  public String getSubmissionKey() {
    return submissionKey;
  }

  public String getStepTitle() {
    return stepTitle(step);
  }

  private String stepTitle(int n) {
    String own = "form." + getKind() + ".step." + n;
    return texts.containsKey(own) ? texts.get(own) : texts.get("form.step." + n);
  }

  public List<GroupView> getGroups() {
    return questionnaire.groupsOf(step).stream().map(this::view).toList();
  }

  /** The answers of the other steps, carried along as hidden inputs. */
  public List<QuestionView> getCarried() {
    return questionnaire.questions().stream()
        .filter(q -> q.step() != step)
        .map(q -> view(q, false))
        .filter(v -> !v.values().isEmpty())
        .toList();
  }

  public boolean isInvalid() {
    return !errors.isEmpty() || !formErrors.isEmpty();
  }

  public List<FieldError> getErrors() {
    List<FieldError> summary = new ArrayList<>();
    formErrors.forEach(m -> summary.add(new FieldError(null, m)));
    questionnaire.questions().stream()
        .filter(q -> errors.containsKey(q.name()))
        .forEach(q -> summary.add(summaryLine(q)));
    return summary;
  }

  /**
   * A line of the error summary: the message alone when it names the answer, else the question and
   * the message; the link goes to the field, or to the first option of a choice.
   */
  private FieldError summaryLine(Question q) {
    String target = q.isChoice() ? q.id() + "-" + q.choices().get(0) : q.id();
    String message = errors.get(q.name());
    String text = specific.contains(q.name()) ? message : label(q) + " " + message;
    return new FieldError(target, text);
  }

  public List<ReviewSection> getReviewSections() {
    List<ReviewSection> sections = new ArrayList<>();
    for (int n = 1; n < Questionnaire.REVIEW; n++) {
      int s = n;
      List<ReviewSection.Line> lines =
          questionnaire.questions().stream()
              .filter(q -> q.step() == s && answers.isAnswered(q))
              .map(q -> new ReviewSection.Line(reviewLabel(q), display(q)))
              .toList();
      sections.add(new ReviewSection(n, stepTitle(n), lines));
    }
    return sections;
  }

  /** Whether the reporter left no contact details: the signal is then anonymous. */
  public boolean isAnonymous() {
    return questionnaire.questions().stream()
        .noneMatch(q -> q.name().startsWith("contact.") && answers.isAnswered(q));
  }

  public Receipt getReceipt() {
    return receipt;
  }

  /** The receipt code in groups of four, for reading aloud and writing down. */
  public List<String> getReceiptCodeGroups() {
    return receipt == null ? List.of() : List.of(receipt.receiptCode().grouped().split("-"));
  }

  /**
   * The receipt as a small text file to save, in a {@code data:} address: made in this answer from
   * what it shows, so the code is never kept or sent anywhere else.
   */
  public String getReceiptFile() {
    if (receipt == null) {
      return null;
    }
    String text =
        texts.format(
            "receipt.file.text",
            Map.of(
                "code", receipt.receiptCode().grouped(),
                "reference", receipt.reference().value()));
    return "data:text/plain;charset=utf-8,"
        + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
  }

  public SignalReference getRepeated() {
    return repeated;
  }

  private GroupView view(Questionnaire.Group group) {
    String base = "group." + group.textKey();
    String legend =
        group.slot() >= 0
            ? texts.format(base + ".legend", Map.of("n", group.slot() + 1))
            : texts.get(base + ".legend");
    String intro = optionalText(base + ".intro");
    List<QuestionView> questions = group.questions().stream().map(q -> view(q, true)).toList();
    boolean open =
        !group.extra()
            || answers.isAnswered(group)
            || group.questions().stream().anyMatch(q -> errors.containsKey(q.name()));
    return new GroupView(
        group.key().replace('.', '-'), legend, intro, group.extra(), open, questions);
  }

  private QuestionView view(Question q, boolean shown) {
    String textKey = "q." + q.textKey();
    List<String> values = answers.values(q.name());
    List<QuestionView.Choice> choices = new ArrayList<>();
    if (q.isChoice()) {
      for (String c : q.choices()) {
        choices.add(
            new QuestionView.Choice(c, q.id() + "-" + c, choiceLabel(q, c), values.contains(c)));
      }
      if (q.type() != AnswerType.SOME_OF && !q.required()) {
        choices.add(
            new QuestionView.Choice(
                Question.UNKNOWN,
                q.id() + "-" + Question.UNKNOWN,
                texts.get("choice.unknown"),
                values.isEmpty()));
      }
    }
    String control =
        switch (q.type()) {
          case LONG_TEXT -> "textarea";
          case ONE_OF, YES_NO -> "radio";
          case SOME_OF -> "checkbox";
          default -> "text";
        };
    return new QuestionView(
        q.name(),
        q.id(),
        control,
        q.type().inputType(),
        inputMode(q.type()),
        autocomplete(q),
        label(q),
        optionalText(kindKey(textKey) + ".hint"),
        q.required(),
        answers.text(q.name()),
        values,
        choices,
        errors.get(q.name()),
        shown,
        RequestLimits.maxLength(q.textKey()).orElse(null));
  }

  private String label(Question q) {
    return texts.get(kindKey("q." + q.textKey()) + ".label");
  }

  /** The label in the review: a slot's question says which person or vehicle it is about. */
  private String reviewLabel(Question q) {
    if (q.slot() < 0) {
      return label(q);
    }
    String list = q.textKey().substring(0, q.textKey().indexOf('.'));
    return texts.format("group." + list + ".legend", Map.of("n", q.slot() + 1)) + ": " + label(q);
  }

  /** {@code q.BARN_OFFER.observedOn} when the farmer's form words it its own way. */
  private String kindKey(String key) {
    String own = key.replaceFirst("^q\\.", "q." + getKind() + ".");
    return texts.containsKey(own + ".label") || texts.containsKey(own + ".hint") ? own : key;
  }

  private String optionalText(String key) {
    return texts.containsKey(key) ? texts.get(key) : null;
  }

  private String choiceLabel(Question q, String choice) {
    return texts.get("choice." + q.choiceTexts() + "." + choice);
  }

  private String display(Question q) {
    String text = answers.text(q.name()).strip();
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    return switch (q.type()) {
      case ONE_OF, YES_NO -> choiceLabel(q, text);
      case SOME_OF ->
          answers.values(q.name()).stream()
              .map(c -> choiceLabel(q, c))
              .collect(Collectors.joining(", "));
      case DATE -> TypedText.date(text).map(dates::format).orElse(text);
      case DATE_TIME ->
          TypedText.dateTime(text).map(t -> dates.format(t) + " " + t.toLocalTime()).orElse(text);
      default -> text;
    };
  }

  private static String inputMode(AnswerType type) {
    return switch (type) {
      case WHOLE_NUMBER -> "numeric";
      case EUROS -> "decimal";
      default -> null;
    };
  }

  private static String autocomplete(Question q) {
    return switch (q.name()) {
      case "contact.name" -> "name";
      case "contact.email" -> "email";
      case "contact.phone" -> "tel";
      default -> "off";
    };
  }
}
