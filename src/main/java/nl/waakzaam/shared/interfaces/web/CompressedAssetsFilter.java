package nl.waakzaam.shared.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * Style sheets and scripts gzipped, for a first visit on a slow line: the NL Design System's CSS is
 * 600 kB as it is and under 50 kB compressed. Compressed once per file and kept in memory (the
 * files are the WAR's own and do not change while it runs). Pages are never compressed: a page can
 * carry a secret beside what the visitor typed, which compression would let an attacker guess at
 * (BREACH). Payara Micro's own listener compression did not apply to the default servlet's files
 * here.
 */
public class CompressedAssetsFilter extends HttpFilter {

  private final Map<String, Optional<byte[]>> compressed = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.addHeader("Vary", "Accept-Encoding");
    Optional<byte[]> gzipped =
        acceptsGzip(request) && isText(path) && isRead(request)
            ? compressed.computeIfAbsent(path, this::compress)
            : Optional.empty();
    if (gzipped.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    response.setContentType(getServletContext().getMimeType(path));
    response.setHeader("Content-Encoding", "gzip");
    response.setContentLength(gzipped.get().length);
    if (request.getMethod().equals("GET")) {
      response.getOutputStream().write(gzipped.get());
    }
  }

  private static boolean isRead(HttpServletRequest request) {
    return request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
  }

  private static boolean isText(String path) {
    return path.endsWith(".css") || path.endsWith(".js");
  }

  static boolean acceptsGzip(HttpServletRequest request) {
    String accepted = request.getHeader("Accept-Encoding");
    if (accepted == null) {
      return false;
    }
    for (String coding : accepted.split(",")) {
      String[] parts = coding.strip().split(";");
      if (parts[0].strip().equalsIgnoreCase("gzip")
          && !(parts.length > 1 && parts[1].replace(" ", "").equals("q=0"))) {
        return true;
      }
    }
    return false;
  }

  private Optional<byte[]> compress(String path) {
    if (path.contains("..")) {
      return Optional.empty();
    }
    try (InputStream in = getServletContext().getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
        in.transferTo(gzip);
      }
      return Optional.of(out.toByteArray());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
