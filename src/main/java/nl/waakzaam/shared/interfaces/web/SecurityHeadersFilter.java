package nl.waakzaam.shared.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * Headers that every answer of the application carries. Nothing is sniffed, framed or referred.
 * Pages and API answers are never cached (they can hold a receipt code or reporter content); the
 * style sheets and script may be, after checking. The API may load nothing at all; a page loads
 * only the application's own style sheets, script and images, posts only to the application, and
 * runs no inline script.
 */
public class SecurityHeadersFilter extends HttpFilter {

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  static final String PAGE_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /**
   * The console also talks to Keycloak (token refresh, logout): the origin of the issuer, and only
   * that, is added to where it may connect.
   */
  @Inject private Settings settings;

  @Inject private AssetVersions assets;

  private String consolePolicy;

  @Override
  public void init() {
    String issuer = settings.text(Setting.OIDC_ISSUER);
    consolePolicy =
        PAGE_POLICY.replace("connect-src 'self'", "connect-src 'self' " + origin(issuer));
  }

  /** The scheme, host and port of {@code url}. */
  static String origin(String url) {
    URI uri = URI.create(url.trim());
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (path.startsWith("/assets/")) {
      // Asked for by its current version, a file is kept for a year: a new version has a new
      // address. Without it (or with an old one) it is checked again at every use.
      String version = request.getParameter(AssetVersions.PARAMETER);
      boolean current =
          version != null
              && assets.of(path.substring("/assets/".length())).filter(version::equals).isPresent();
      response.setHeader(
          "Cache-Control", current ? "public, max-age=31536000, immutable" : "no-cache");
      response.setHeader("Content-Security-Policy", API_POLICY);
    } else {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader(
          "Content-Security-Policy",
          path.startsWith("/console/") ? consolePolicy : isPage(path) ? PAGE_POLICY : API_POLICY);
    }
    chain.doFilter(request, response);
  }

  /** Everything but the API and the server's own machine-readable ends is a page for people. */
  static boolean isPage(String path) {
    return !(path.startsWith("/api/")
        || path.equals("/api")
        || path.startsWith("/openapi")
        || path.startsWith("/health")
        || path.startsWith("/metrics"));
  }
}
