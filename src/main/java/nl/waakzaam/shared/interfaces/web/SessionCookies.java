package nl.waakzaam.shared.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The session cookie as a reporter's follow-up needs it: HttpOnly (from {@code web.xml}),
 * SameSite=Strict, and Secure when the page came over https. Payara Micro 6 leaves the {@code
 * SameSite} of {@code web.xml}'s cookie-config out of the header it writes, so the header is made
 * right here, once, right after the session starts and before anything is sent (ADR 0012).
 */
public final class SessionCookies {

  private static final String SET_COOKIE = "Set-Cookie";

  private SessionCookies() {}

  /** Completes the session cookie's {@code Set-Cookie} header in {@code response}. */
  public static void harden(HttpServletRequest request, HttpServletResponse response) {
    String name = request.getServletContext().getSessionCookieConfig().getName();
    String cookieName = name == null ? "JSESSIONID" : name;
    List<String> headers = new ArrayList<>(response.getHeaders(SET_COOKIE));
    boolean secure = request.isSecure();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      String value = header.startsWith(cookieName + "=") ? harden(header, secure) : header;
      if (i == 0) {
        response.setHeader(SET_COOKIE, value);
      } else {
        response.addHeader(SET_COOKIE, value);
      }
    }
  }

  /**
   * {@code header} with {@code SameSite=Strict}, {@code HttpOnly} and, when asked, {@code Secure}.
   */
  static String harden(String header, boolean secure) {
    String lower = header.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(header);
    if (!lower.contains("httponly")) {
      out.append("; HttpOnly");
    }
    if (!lower.contains("samesite")) {
      out.append("; SameSite=Strict");
    }
    if (secure && !lower.matches(".*;\\s*secure(\\s*;.*|\\s*)$")) {
      out.append("; Secure");
    }
    return out.toString();
  }
}
