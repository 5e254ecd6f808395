package nl.waakzaam.triage.interfaces.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * Where the console's Keycloak adapter logs in: the Keycloak address and realm (both from the
 * issuer the API trusts) and the console's public client. Nothing secret: every browser that opens
 * the console learns the same.
 */
@WebServlet("/console/config.json")
public class ConsoleConfigServlet extends HttpServlet {

  private static final String REALMS = "/realms/";

  @Inject private Settings settings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String issuer = settings.text(Setting.OIDC_ISSUER).replaceAll("/+$", "");
    int realms = issuer.lastIndexOf(REALMS);
    if (realms < 0) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("url", issuer.substring(0, realms))
                .add("realm", issuer.substring(realms + REALMS.length()))
                .add("clientId", settings.text(Setting.CONSOLE_CLIENT_ID))
                .build()
                .toString());
  }
}
