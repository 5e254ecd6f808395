package nl.waakzaam.shared.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery stops here for every form post to a page: the browser must say the
 * post comes from this site ({@code Sec-Fetch-Site: same-origin}, or else an {@code Origin} with
 * this host). Modern browsers send one of the two on every post; a post with neither is refused
 * too. The follow-up forms carry a session-bound token as well, and the session cookie is
 * SameSite=Strict (ADR 0012). The API is not a form target: it takes JSON only.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOriginFormFilter extends HttpFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (SAFE.contains(request.getMethod())
        || !SecurityHeadersFilter.isPage(path)
        || isSameOrigin(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
  }

  static boolean isSameOrigin(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin");
    }
    String origin = request.getHeader("Origin");
    String host = request.getHeader("Host");
    return origin != null && host != null && authority(origin).equals(withPort(host, origin));
  }

  /** {@code host:port} of an origin, with the scheme's default port made explicit. */
  private static String authority(String origin) {
    try {
      URI uri = new URI(origin);
      if (uri.getHost() == null) {
        return "";
      }
      int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
      return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /** The Host header as {@code host:port}; without a port, the origin's scheme says which. */
  private static String withPort(String host, String origin) {
    String h = host.toLowerCase(Locale.ROOT).strip();
    if (h.matches(".*:\\d+$") && !h.endsWith("]")) {
      return h;
    }
    String scheme = origin.startsWith("https:") ? "https" : "http";
    return h + ":" + defaultPort(scheme);
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
