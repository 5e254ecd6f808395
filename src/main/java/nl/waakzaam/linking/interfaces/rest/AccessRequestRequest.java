package nl.waakzaam.linking.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.waakzaam.linking.domain.EntityType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Ask {@code region} for its signals that name an entity of type {@code entityType} this signal
 * names too, for {@code reason}: the need to know that region's coordinator judges.
 */
@Schema(name = "AccessRequestRequest")
public record AccessRequestRequest(
    @NotBlank @Size(max = 40) @Schema(example = "rotterdam") String region,
    @NotNull EntityType entityType,
    @NotBlank
        @Size(max = 2000)
        @Schema(example = "Hetzelfde telefoonnummer bood contant geld voor onze schuur.")
        String reason) {}
