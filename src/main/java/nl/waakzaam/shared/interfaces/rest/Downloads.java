package nl.waakzaam.shared.interfaces.rest;

import jakarta.ws.rs.core.Response;

/**
 * A download that a browser saves and never shows, runs or sniffs: attachment disposition with the
 * file's name, the type given, nosniff, a content security policy that forbids everything, and no
 * copy in any cache.
 */
public final class Downloads {

  private Downloads() {}

  /**
   * @param fileName a name of letters, digits, dots and hyphens only: it goes into a header as is
   */
  public static Response of(Object content, String mediaType, String fileName) {
    if (!fileName.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("A download's name must be plain: " + fileName);
    }
    return Response.ok(content, mediaType)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Cache-Control", "no-store")
        .header("Cross-Origin-Resource-Policy", "same-origin")
        .build();
  }
}
