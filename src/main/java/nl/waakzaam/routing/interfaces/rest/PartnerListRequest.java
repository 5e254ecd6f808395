package nl.waakzaam.routing.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole new list of a region's partners, and why it changes. */
@Schema(name = "PartnerListRequest")
public record PartnerListRequest(
    @NotNull @Size(max = 500) Set<@NotNull @Size(max = 80) String> organisations,
    @NotNull @Size(max = 2000) @Schema(example = "De gemeente Eijsden-Margraten doet mee.")
        String reason) {}
