package nl.waakzaam.shared.interfaces.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import nl.waakzaam.shared.interfaces.rest.Languages;
import nl.waakzaam.shared.interfaces.rest.Problem;

/**
 * The error page of the servlet container (set in {@code web.xml}): errors raised before or outside
 * JAX-RS, such as a request the container cannot parse, answer in the same problem+json shape as
 * the API, without a stack trace or a server banner.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  static final String PATH = "/error";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer c ? c : HttpServletResponse.SC_NOT_FOUND;
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
    String body = (String) Problem.of(status, name, language).toResponse().getEntity();
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body);
  }
}
