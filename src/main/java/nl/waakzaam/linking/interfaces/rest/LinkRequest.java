package nl.waakzaam.linking.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Link the signal to {@code signal}, for {@code reason}. */
@Schema(name = "LinkRequest")
public record LinkRequest(
    @NotBlank @Size(max = 20) @Schema(example = "VO-2026-483920") String signal,
    @NotBlank
        @Size(max = 2000)
        @Schema(example = "Dezelfde man, beide keren met een rode bestelbus.")
        String reason) {}
