package nl.waakzaam.feedback.interfaces.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A follow-up session: send {@code Authorization: FollowUp <token>} with the follow-up requests.
 * The session ends on {@code DELETE /api/v1/followup} or after a quarter of an hour without use.
 */
@Schema(name = "FollowUpSession")
public record FollowUpTokenResponse(String token, String scheme, Instant expiresAt) {}
