package nl.waakzaam.routing.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The region a signal is offered to, by its slug, and why it belongs there. */
@Schema(name = "TransferRequest")
public record TransferRequest(
    @NotNull @Size(max = 40) @Schema(example = "zeeland-west-brabant") String region,
    @NotBlank
        @Size(max = 2000)
        @Schema(example = "De schuur ligt over de grens, in de gemeente Woensdrecht.")
        String reason) {}
