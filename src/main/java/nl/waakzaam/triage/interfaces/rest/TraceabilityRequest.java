package nl.waakzaam.triage.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.waakzaam.signal.domain.ContentPart;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The traceability check: could the content identify the reporter, and if so, what must be withheld
 * from partners (then required).
 */
@Schema(name = "TraceabilityRequest")
public record TraceabilityRequest(
    @NotNull Boolean identifying,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = ContentPart.class,
            description =
                "What partners must not get; at least one part when identifying, none otherwise.")
        Set<@NotNull ContentPart> withheldParts,
    @Size(max = 2000) @Schema(example = "De datum van het gesprek en het adres van de schuur.")
        String withhold) {}
