package nl.waakzaam.feedback.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.waakzaam.access.application.FollowUpSessionRejectedException;
import nl.waakzaam.attachments.application.ReporterAttachments;
import nl.waakzaam.feedback.application.FollowUp;
import nl.waakzaam.feedback.application.FollowUpToken;
import nl.waakzaam.feedback.application.ReceiptCodeRejectedException;
import nl.waakzaam.feedback.application.ReporterMessage;
import nl.waakzaam.feedback.application.ReporterView;
import nl.waakzaam.feedback.application.TooManyAttemptsException;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.feedback.domain.ReporterStatus;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.PlainText;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.shared.interfaces.rest.Messages;
import nl.waakzaam.shared.interfaces.web.ClientAddresses;
import nl.waakzaam.shared.interfaces.web.PageLanguage;
import nl.waakzaam.shared.interfaces.web.SessionCookies;
import nl.waakzaam.shared.interfaces.web.Texts;

/**
 * The follow-up page ({@code #{followUp}}), handled by its view action. Without a session it asks
 * for the receipt code; a right code starts an HTTP session holding the follow-up token (and a form
 * token that every later post must carry), and the page shows the signal. Each post ends in a
 * redirect, so a reload never sends anything twice.
 */
@Named("followUp")
@RequestScoped
public class FollowUpPage {

  static final String PATH = "/opvolgen";
  static final String TOKEN = "waakzaam.follow-up-token";
  static final String FORM_TOKEN = "waakzaam.form-token";
  static final String NOTICE = "waakzaam.notice";
  static final String DRAFT = "waakzaam.draft";

  private FollowUp followUp;
  private ReporterAttachments attachments;
  private Settings settings;
  private HttpServletRequest request;
  private ClientAddresses clients;
  private Texts texts;
  private PageLanguage language;

  private ReporterView view;
  private List<ReporterMessage> conversation = List.of();
  private String code = "";
  private String codeError;
  private String message = "";
  private String messageError;
  private String notice;
  private String formToken;
  private String fileError;
  private List<FileLine> files = List.of();

  /** A file the reporter added, as the page lists it. */
  public record FileLine(String name, String size, String state, String reason) {}

  protected FollowUpPage() {}

  @Inject
  FollowUpPage(
      FollowUp followUp,
      ReporterAttachments attachments,
      Settings settings,
      HttpServletRequest request,
      ClientAddresses clients,
      Texts texts,
      PageLanguage language) {
    this.followUp = followUp;
    this.attachments = attachments;
    this.settings = settings;
    this.request = request;
    this.clients = clients;
    this.texts = texts;
    this.language = language;
  }

  /** The view action of the follow-up page. */
  public void handle() throws IOException {
    boolean post = "POST".equals(request.getMethod());
    String action = String.valueOf(request.getParameter("action"));
    if (post && action.equals("open")) {
      open();
      return;
    }
    HttpSession session = request.getSession(false);
    String token = session == null ? null : (String) session.getAttribute(TOKEN);
    if (token == null) {
      if (request.getParameter("afgemeld") != null) {
        notice = texts.get("follow-up.left");
      } else if (post) {
        codeError = texts.get("follow-up.expired");
        keepDraft();
      }
      return;
    }
    formToken = (String) session.getAttribute(FORM_TOKEN);
    notice = (String) session.getAttribute(NOTICE);
    session.removeAttribute(NOTICE);
    fileError = (String) session.getAttribute(FollowUpFileServlet.FILE_ERROR);
    session.removeAttribute(FollowUpFileServlet.FILE_ERROR);
    if (session.getAttribute(DRAFT) instanceof String draft) {
      message = draft;
      session.removeAttribute(DRAFT);
    }
    try {
      if (post && !sameToken(request.getParameter("formToken"), formToken)) {
        messageError = texts.get("follow-up.stale-form");
        keepDraft();
      } else if (post && action.equals("leave")) {
        followUp.end(token);
        session.invalidate();
        redirect("afgemeld", "");
        return;
      } else if (post && action.equals("write")) {
        if (write(token, session)) {
          return;
        }
      }
      view = followUp.view(token);
      conversation = followUp.messages(token);
      files = files(token);
    } catch (FollowUpSessionRejectedException lapsed) {
      session.invalidate();
      view = null;
      codeError = texts.get("follow-up.expired");
      keepDraft();
    }
  }

  /**
   * A reply written while the session lapsed is not lost: it travels with the code form and is back
   * in the reply box after signing in again.
   */
  private void keepDraft() {
    String text = request.getParameter("message");
    message = text == null ? "" : text.replace("\r\n", "\n");
  }

  private void open() throws IOException {
    code = String.valueOf(request.getParameter("receiptCode")).strip();
    keepDraft();
    if (request.getParameter("receiptCode") == null || code.isEmpty()) {
      code = "";
      codeError = texts.get("follow-up.code.missing");
      return;
    }
    Messages problems = Messages.in(language.locale());
    try {
      FollowUpToken token = followUp.open(code, clients.networkOf(request));
      HttpSession existing = request.getSession(false);
      if (existing != null) {
        existing.invalidate();
      }
      HttpSession session = request.getSession(true);
      // The request as the filters passed it on (over https behind the trusted proxy), not the
      // one CDI captured when it arrived.
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      SessionCookies.harden(
          (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
      session.setAttribute(TOKEN, token.value());
      session.setAttribute(FORM_TOKEN, Randomness.token(32));
      if (!message.isBlank()) {
        session.setAttribute(DRAFT, message);
      }
      redirect(null, message.isBlank() ? "" : "schrijven");
    } catch (ReceiptCodeRejectedException e) {
      codeError =
          problems.text("problem.receipt-code-rejected.title")
              + ". "
              + problems.text("problem.receipt-code-rejected.detail");
    } catch (TooManyAttemptsException e) {
      long minutes = Math.max(1, (e.retryAfter().orElseThrow().toSeconds() + 59) / 60);
      codeError = texts.format("follow-up.code.too-many", Map.of("minutes", minutes));
    }
  }

  /**
   * @return whether the message was stored and the answer is a redirect
   */
  private boolean write(String token, HttpSession session) throws IOException {
    String text = request.getParameter("message");
    message = text == null ? "" : text.replace("\r\n", "\n");
    if (message.isBlank()) {
      messageError = texts.get("follow-up.message.empty");
    } else if (message.length() > Message.MAX_LENGTH) {
      messageError =
          texts.format(
              "follow-up.message.too-long",
              Map.of("max", Message.MAX_LENGTH, "length", message.length()));
    } else if (!PlainText.isPlain(message)) {
      messageError = Messages.in(language.locale()).text("json.control-character");
    }
    if (messageError != null) {
      return false;
    }
    ReporterMessage written = followUp.write(token, message);
    session.setAttribute(NOTICE, texts.get("follow-up.sent." + written.kind().name()));
    redirect(null, "berichten");
    return true;
  }

  private List<FileLine> files(String token) {
    Messages words = Messages.in(language.locale());
    return attachments.of(token).stream()
        .map(
            a ->
                new FileLine(
                    a.declaredName(),
                    size(a.size()),
                    words.text("attachment.state." + a.state().name()),
                    a.refusal()
                        .map(r -> words.text("attachment.refusal." + r.name()))
                        .orElse(null)))
        .toList();
  }

  private static String size(long bytes) {
    if (bytes < 1_024) {
      return bytes + " B";
    }
    if (bytes < 1_048_576) {
      return (bytes + 1_023) / 1_024 + " kB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0).replace('.', ',');
  }

  private void redirect(String flag, String fragment) throws IOException {
    String target = language.href(PATH);
    if (flag != null) {
      target += (target.contains("?") ? "&" : "?") + flag;
    }
    if (!fragment.isEmpty()) {
      target += "#" + fragment;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(target);
    FacesContext.getCurrentInstance().responseComplete();
  }

  /** Whether a posted form token is the session's, compared in constant time. */
  static boolean sameToken(String posted, String expected) {
    return posted != null
        && expected != null
        && MessageDigest.isEqual(
            posted.getBytes(StandardCharsets.US_ASCII),
            expected.getBytes(StandardCharsets.US_ASCII));
  }

  // What the view shows.

  public boolean isSignedIn() {
    return view != null;
  }

  public String getCode() {
    return code;
  }

  public String getCodeError() {
    return codeError;
  }

  public String getMessage() {
    return message;
  }

  public String getMessageError() {
    return messageError;
  }

  public String getNotice() {
    return notice;
  }

  public String getFormToken() {
    return formToken;
  }

  public String getFileError() {
    return fileError;
  }

  public List<FileLine> getFiles() {
    return files;
  }

  /** Whether the signal can take another file. */
  public boolean isFileRoom() {
    return files.stream().filter(f -> f.reason() == null).count()
        < settings.positiveInteger(Setting.ATTACHMENT_MAX_FILES);
  }

  public String getFileHint() {
    return texts.format(
        "follow-up.file.hint",
        Map.of(
            "max",
            settings.positiveInteger(Setting.ATTACHMENT_MAX_FILE_BYTES) / 1_048_576,
            "files",
            settings.positiveInteger(Setting.ATTACHMENT_MAX_FILES)));
  }

  public String getFileAction() {
    return language.href(FollowUpFileServlet.PATH);
  }

  public String getAction() {
    return language.href(PATH);
  }

  public String getReference() {
    return view.reference().value();
  }

  public String getStatus() {
    return statusText(view.status());
  }

  public String getOutcome() {
    return view.outcome()
        .map(o -> Messages.in(language.locale()).text("outcome." + o.name()))
        .orElse(null);
  }

  /**
   * The kinds of partner the signal went to, in words ("de politie en de gemeente"), when staff
   * decided the reporter may read them; null otherwise.
   */
  public String getPartners() {
    if (view.partners().isEmpty()) {
      return null;
    }
    Messages messages = Messages.in(language.locale());
    List<String> words =
        view.partners().stream()
            .sorted()
            .map(p -> messages.text("reporter-partner." + p.name()))
            .toList();
    if (words.size() == 1) {
      return words.get(0);
    }
    String and = language.locale().getLanguage().equals("en") ? " and " : " en ";
    return String.join(", ", words.subList(0, words.size() - 1))
        + and
        + words.get(words.size() - 1);
  }

  /** What the platform wrote to the reporter when it closed the signal. */
  public String getOutcomeText() {
    return view.outcomeText().orElse(null);
  }

  public String getReceivedOn() {
    return date(view.receivedOn());
  }

  /** Whether the platform asked a question and waits for the reporter's answer. */
  public boolean isQuestionOpen() {
    return view.status() == ReporterStatus.QUESTION_FOR_YOU;
  }

  /** One step of the status timeline, newest last. */
  public record Step(String status, String on) {}

  public List<Step> getTimeline() {
    return view.timeline().stream()
        .map(e -> new Step(statusText(e.status()), date(e.on())))
        .toList();
  }

  /** One message of the conversation. */
  public record Line(boolean fromPlatform, String heading, String on, String body) {}

  public List<Line> getMessages() {
    return conversation.stream()
        .map(
            m ->
                new Line(
                    m.author() == Message.Author.STAFF,
                    texts.get("follow-up.message." + m.kind().name()),
                    date(m.on()),
                    m.body()))
        .toList();
  }

  public int getMaxLength() {
    return Message.MAX_LENGTH;
  }

  private String statusText(ReporterStatus status) {
    return Messages.in(language.locale()).text("reporter-status." + status.name());
  }

  private String date(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.locale())
        .format(day);
  }
}
