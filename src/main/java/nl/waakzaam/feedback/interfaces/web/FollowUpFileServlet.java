package nl.waakzaam.feedback.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import nl.waakzaam.access.application.FollowUpSessionRejectedException;
import nl.waakzaam.attachments.application.AttachmentUpload;
import nl.waakzaam.attachments.application.SignalFullException;
import nl.waakzaam.attachments.application.UploadLimits;
import nl.waakzaam.attachments.domain.FileTooLargeException;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.LimitReachedException;
import nl.waakzaam.shared.interfaces.multipart.MalformedMultipartException;
import nl.waakzaam.shared.interfaces.multipart.MultipartForm;
import nl.waakzaam.shared.interfaces.web.ClientAddresses;
import nl.waakzaam.shared.interfaces.web.Texts;

/**
 * The file field of the follow-up page: a plain multipart form post (no JavaScript needed; with it,
 * the page shows the upload's progress). The file is kept and inspected afterwards; the answer is
 * always a redirect back to the page, with a notice or the reason next to the field.
 */
@WebServlet(FollowUpFileServlet.PATH)
public class FollowUpFileServlet extends HttpServlet {

  static final String PATH = "/opvolgen/bestand";
  static final String FILE_ERROR = "waakzaam.file-error";

  /**
   * Sent by the page's script, which shows the upload's progress: it is answered with where to go
   * in {@link #NEXT} rather than a redirect, which the script's request would follow by itself
   * (reading the notice that is meant for the page).
   */
  static final String SCRIPTED = "Waakzaam-Upload";

  static final String NEXT = "Waakzaam-Next";

  /** Room for the multipart headers and the form token around the file. */
  private static final int ENVELOPE = 64 * 1024;

  @Inject private AttachmentUpload upload;

  @Inject private UploadLimits limits;

  @Inject private ClientAddresses clients;

  @Inject private Settings settings;

  @Inject private Texts texts;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean english = "en".equals(request.getParameter("lang"));
    String back = request.getContextPath() + FollowUpPage.PATH + (english ? "?lang=en" : "");
    HttpSession session = request.getSession(false);
    String token = session == null ? null : (String) session.getAttribute(FollowUpPage.TOKEN);
    if (token == null) {
      // The session lapsed: the page asks for the code again and says why.
      go(request, response, back);
      return;
    }
    long limit = settings.positiveInteger(Setting.ATTACHMENT_MAX_FILE_BYTES);
    Optional<String> error;
    if (request.getContentLengthLong() > limit + ENVELOPE) {
      error = Optional.of(tooLarge(limit));
    } else {
      error = receive(request, session, token, limit);
    }
    if (error.isPresent()) {
      session.setAttribute(FILE_ERROR, error.get());
      go(request, response, back + "#bestand");
    } else {
      session.setAttribute(FollowUpPage.NOTICE, texts.get("follow-up.file.added"));
      go(request, response, back + "#bestanden");
    }
  }

  private static void go(HttpServletRequest request, HttpServletResponse response, String target)
      throws IOException {
    if (request.getHeader(SCRIPTED) != null) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      response.setHeader(NEXT, target);
    } else {
      response.sendRedirect(target);
    }
  }

  private Optional<String> receive(
      HttpServletRequest request, HttpSession session, String token, long limit)
      throws IOException {
    String expected = (String) session.getAttribute(FollowUpPage.FORM_TOKEN);
    try {
      limits.admit(clients.networkOf(request), request.getContentLengthLong());
      return MultipartForm.read(
          request.getContentType(),
          request.getContentLengthLong(),
          request.getInputStream(),
          (fields, file) -> {
            if (!FollowUpPage.sameToken(fields.get("formToken"), expected)) {
              return Optional.of(texts.get("follow-up.stale-form"));
            }
            if (file.fileName().isBlank()) {
              return Optional.of(texts.get("follow-up.file.missing"));
            }
            upload.fromReporter(
                token, Optional.empty(), file.fileName(), file.contentType(), file.content());
            return Optional.<String>empty();
          });
    } catch (MalformedMultipartException e) {
      return Optional.of(texts.get("follow-up.file.missing"));
    } catch (FileTooLargeException e) {
      return Optional.of(tooLarge(limit));
    } catch (SignalFullException e) {
      return Optional.of(texts.get("follow-up.file.full"));
    } catch (FollowUpSessionRejectedException e) {
      session.invalidate();
      return Optional.empty();
    } catch (LimitReachedException e) {
      long minutes = Math.max(1, (e.retryAfter().orElseThrow().toSeconds() + 59) / 60);
      return Optional.of(texts.format("follow-up.file.too-many", Map.of("minutes", minutes)));
    }
  }

  private String tooLarge(long limit) {
    return texts.format("follow-up.file.too-large", Map.of("max", limit / 1_048_576));
  }
}
