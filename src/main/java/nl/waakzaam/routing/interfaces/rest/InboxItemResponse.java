package nl.waakzaam.routing.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.waakzaam.routing.application.PartnerInbox;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A package in a partner's inbox. */
@Schema(name = "InboxItem")
public record InboxItemResponse(
    UUID id,
    @Schema(example = "LB-2026-000123") String reference,
    @Schema(example = "politie-limburg") String organisation,
    String organisationName,
    Instant forwardedAt,
    @Schema(description = "When someone of the organisation first read it; absent while unread.")
        Instant firstReadAt,
    String outcome,
    LocalDate outcomeOn) {

  static InboxItemResponse of(PartnerInbox.Item i) {
    return new InboxItemResponse(
        i.id(),
        i.reference(),
        i.organisation(),
        i.organisationName(),
        i.forwardedAt(),
        i.firstReadAt().orElse(null),
        i.outcome().map(Enum::name).orElse(null),
        i.outcomeOn().orElse(null));
  }
}
