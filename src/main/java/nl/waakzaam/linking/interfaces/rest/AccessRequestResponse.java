package nl.waakzaam.linking.interfaces.rest;

import java.time.Instant;
import java.util.List;
import nl.waakzaam.linking.application.AccessToOtherRegions;
import nl.waakzaam.signal.domain.SignalReference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request for access between two regions. {@code signals} lists the asked region's signals to its
 * coordinators, and to the asker while the grant runs ({@code readable}); else it is empty.
 */
@Schema(name = "AccessRequest")
public record AccessRequestResponse(
    String id,
    @Schema(description = "The asking signal, shown to the asking region only.")
        String askingSignal,
    String askingRegion,
    String askedRegion,
    @Schema(example = "PHONE_NUMBER") String entityType,
    String reason,
    String askedBy,
    Instant askedAt,
    @Schema(enumeration = {"ASKED", "GRANTED", "REFUSED"}) String state,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    Instant expiresAt,
    @Schema(description = "Whether the request was made to one of the caller's regions.")
        boolean askedOfYou,
    List<String> signals,
    @Schema(description = "Whether the caller may read those signals now.") boolean readable) {

  static AccessRequestResponse of(AccessToOtherRegions.Seen r) {
    return new AccessRequestResponse(
        r.id().toString(),
        r.askingSignal().map(SignalReference::value).orElse(null),
        r.askingRegion().slug(),
        r.askedRegion().slug(),
        r.entityType().name(),
        r.reason(),
        r.askedBy(),
        r.askedAt(),
        r.state().name(),
        r.decidedBy().orElse(null),
        r.decidedAt().orElse(null),
        r.decisionNote().orElse(null),
        r.expiresAt().orElse(null),
        r.askedOfYou(),
        r.signals().stream().map(SignalReference::value).toList(),
        r.readableNow());
  }
}
