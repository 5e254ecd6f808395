package nl.waakzaam.linking.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Fold the signal into {@code into}, for {@code reason} (kept in its history, for staff only). */
@Schema(name = "MergeRequest")
public record MergeRequest(
    @NotBlank @Size(max = 20) @Schema(example = "VO-2026-483920") String into,
    @NotBlank @Size(max = 2000) @Schema(example = "Dezelfde schuur, dezelfde dag gemeld.")
        String reason) {}
