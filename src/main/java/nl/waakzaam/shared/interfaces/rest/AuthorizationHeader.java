package nl.waakzaam.shared.interfaces.rest;

import java.util.Optional;

/**
 * The credential in an {@code Authorization} header: {@code FollowUp <token>} for a reporter's
 * follow-up session, {@code Bearer <token>} for staff. A header of another scheme, or a malformed
 * one, carries no credential of the scheme asked for.
 */
public final class AuthorizationHeader {

  public static final String FOLLOW_UP = "FollowUp";
  public static final String BEARER = "Bearer";

  private AuthorizationHeader() {}

  public static Optional<String> credential(String header, String scheme) {
    if (header == null) {
      return Optional.empty();
    }
    String[] parts = header.trim().split("\\s+", 2);
    return parts.length == 2 && parts[0].equalsIgnoreCase(scheme)
        ? Optional.of(parts[1])
        : Optional.empty();
  }
}
