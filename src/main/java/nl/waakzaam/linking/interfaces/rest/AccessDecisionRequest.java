package nl.waakzaam.linking.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Grant ({@code true}) or refuse a request made to one's region, with an optional note. */
@Schema(name = "AccessDecision")
public record AccessDecisionRequest(
    @NotNull Boolean grant,
    @Size(max = 2000) @Schema(example = "Lopend onderzoek; lees alleen mee.") String note) {}
