package nl.waakzaam.shared.interfaces.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.waakzaam.shared.application.DatabaseOutage;
import nl.waakzaam.shared.application.LogRedaction;
import nl.waakzaam.shared.interfaces.rest.DatabaseProbes;

/**
 * What the pages do with an exception nobody handled: log it under an incident id through {@link
 * LogRedaction} (Faces' own handler logs the message as it is, and a message can quote what a
 * reporter typed), and answer with the plain error page, status 500; or, while the database is
 * away, 503 with a page that says to try again shortly. Registered in {@code faces-config.xml}.
 */
public class RedactingExceptionHandlerFactory extends ExceptionHandlerFactory {

  public RedactingExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    private static final Logger LOG =
        Logger.getLogger(RedactingExceptionHandlerFactory.class.getName());

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable e = events.next().getContext().getException();
        events.remove();
        if (DatabaseOutage.explains(e, DatabaseProbes::answers)) {
          LOG.warning("The database is unavailable; a page answered 503");
          answerWithErrorPage(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } else {
          String incident = UUID.randomUUID().toString();
          LOG.log(Level.SEVERE, "Incident " + incident + " on a page", LogRedaction.of(e));
          answerWithErrorPage(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
      }
      getWrapped().handle();
    }

    private static void answerWithErrorPage(int status) {
      FacesContext faces = FacesContext.getCurrentInstance();
      HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
      HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
      if (!response.isCommitted()) {
        response.reset();
        response.setStatus(status);
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
          response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/html");
        response.setHeader("Content-Security-Policy", SecurityHeadersFilter.PAGE_POLICY);
        try {
          response
              .getWriter()
              .write(
                  ErrorPageServlet.page(
                      status,
                      "en".equals(request.getParameter(PageLanguage.PARAMETER)),
                      request.getContextPath()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      faces.responseComplete();
    }
  }
}
