package nl.waakzaam.shared.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Behind a TLS proxy every request reaches the application as plain http: a request the trusted
 * proxy ({@code waakzaam.trusted-proxies}) says came over https ({@code X-Forwarded-Proto: https})
 * is https from here on, so that HSTS is sent, the session cookie is Secure and addresses the
 * application writes start with https. From anyone else the header is ignored. Declared first in
 * {@code web.xml}, so that every other filter sees the request as it came to the proxy.
 */
public class ForwardedProtoFilter extends HttpFilter {

  static final String FORWARDED_PROTO = "X-Forwarded-Proto";

  @Inject private ClientAddresses clients;

  public ForwardedProtoFilter() {}

  ForwardedProtoFilter(ClientAddresses clients) {
    this.clients = clients;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(cameOverHttps(request) ? new Https(request) : request, response);
  }

  boolean cameOverHttps(HttpServletRequest request) {
    if (request.isSecure() || !clients.fromTrustedProxy(request)) {
      return false;
    }
    // A chain of proxies may list several; the first is what the client spoke to the outermost.
    String proto = request.getHeader(FORWARDED_PROTO);
    return proto != null && proto.split(",")[0].strip().equalsIgnoreCase("https");
  }

  /** The request as it came to the proxy: over https, on https's port. */
  static final class Https extends HttpServletRequestWrapper {

    Https(HttpServletRequest request) {
      super(request);
    }

    @Override
    public boolean isSecure() {
      return true;
    }

    @Override
    public String getScheme() {
      return "https";
    }

    @Override
    public StringBuffer getRequestURL() {
      String url = super.getRequestURL().toString();
      return new StringBuffer(url.startsWith("http://") ? "https://" + url.substring(7) : url);
    }
  }
}
