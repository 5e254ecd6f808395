package nl.waakzaam.feedback.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/followup}: the receipt code, with or without its hyphens. */
@Schema(name = "FollowUpRequest")
public record FollowUpRequest(
    @NotNull @Size(max = 64) @Schema(example = "7K3M-Q9XD-2HNB-T4WE-8RCV") String receiptCode) {}
