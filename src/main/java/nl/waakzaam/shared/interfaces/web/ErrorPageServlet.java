package nl.waakzaam.shared.interfaces.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import nl.waakzaam.shared.interfaces.rest.Languages;
import nl.waakzaam.shared.interfaces.rest.Messages;
import nl.waakzaam.shared.interfaces.rest.Problem;

/**
 * The error page of the servlet container (set in {@code web.xml}): errors raised before or outside
 * JAX-RS and the pages, such as a request the container cannot parse or an address that does not
 * exist. The API answers in its problem+json shape; a page in plain words, in its language. Never a
 * stack trace or a server banner.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  static final String PATH = "/error";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer c ? c : HttpServletResponse.SC_NOT_FOUND;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path =
        uri instanceof String u && u.startsWith(request.getContextPath())
            ? u.substring(request.getContextPath().length())
            : "";
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    if (SecurityHeadersFilter.isPage(path)) {
      // The error dispatch does not pass the filters again; a page gets the page policy here.
      response.setHeader("Content-Security-Policy", SecurityHeadersFilter.PAGE_POLICY);
      response.setContentType("text/html");
      response.getWriter().write(page(status, english(request), request.getContextPath()));
    } else {
      response.setContentType(Problem.MEDIA_TYPE);
      response.getWriter().write(problem(status, request));
    }
  }

  private static String problem(int status, HttpServletRequest request) {
    // Without Accept-Language the container reports its own default locale: answer in Dutch then.
    Locale language =
        request.getHeader("Accept-Language") == null
            ? Languages.DUTCH
            : Languages.preferred(Collections.list(request.getLocales()));
    String name =
        switch (status) {
          case 401 -> "unauthorized";
          case 403 -> "forbidden";
          case 404 -> "not-found";
          default -> status >= 500 ? "internal-error" : "bad-request";
        };
    return (String) Problem.of(status, name, language).toResponse().getEntity();
  }

  /** The page asked for was in English ({@code ?lang=en}). */
  private static boolean english(HttpServletRequest request) {
    return "en".equals(request.getParameter(PageLanguage.PARAMETER));
  }

  static String page(int status, boolean english, String contextPath) {
    Messages texts = Messages.of(Texts.BUNDLE, english ? Languages.ENGLISH : Languages.DUTCH);
    String title =
        texts.find("error." + status + ".title", Map.of()).orElse(texts.text("error.title"));
    String text =
        texts
            .find("error." + status + ".text", Map.of())
            .orElse(status >= 500 ? texts.text("error.500.text") : texts.text("error.404.text"));
    String home = contextPath + "/" + (english ? "?lang=en" : "");
    String assets = contextPath + "/assets/";
    return """
        <!DOCTYPE html>
        <html lang="%s" class="voorbeeld-theme utrecht-root">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="data:,">
        <title>%s – Waakzaam</title>
        <link rel="stylesheet" href="%snlds/voorbeeld-design-tokens/theme.css">
        <link rel="stylesheet" href="%snlds/utrecht-component-library-css/index.css">
        <link rel="stylesheet" href="%swaakzaam.css">
        </head>
        <body class="utrecht-body utrecht-document utrecht-surface">
        <main class="utrecht-page-body waakzaam-main"><div class="utrecht-page-body__content">
        <h1 class="utrecht-heading-1">%s</h1>
        <p class="utrecht-paragraph">%s</p>
        <p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="%s">%s</a></p>
        </div></main>
        </body>
        </html>
        """
        .formatted(
            english ? "en" : "nl",
            escape(title),
            assets,
            assets,
            assets,
            escape(title),
            escape(text),
            escape(home),
            escape(texts.text("error.home")));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
