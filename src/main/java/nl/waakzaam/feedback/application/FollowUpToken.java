package nl.waakzaam.feedback.application;

import java.time.Instant;

/** The secret that opens a follow-up session, handed to the reporter once, and when it lapses. */
public record FollowUpToken(String value, Instant expiresAt) {

  @Override
  public String toString() {
    return "FollowUpToken[redacted, expires " + expiresAt + "]";
  }
}
