package nl.waakzaam.triage.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why staff reject a signal: kept in its history for staff, never shown to the reporter. */
@Schema(name = "RejectionRequest")
public record RejectionRequest(
    @NotBlank @Size(max = 2000) @Schema(example = "Reclame voor een beveiligingsbedrijf.")
        String reason) {}
