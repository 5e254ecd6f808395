package nl.waakzaam.routing.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the region a signal was offered to gives it back. */
@Schema(name = "TransferReturnRequest")
public record TransferReturnRequest(
    @NotBlank
        @Size(max = 2000)
        @Schema(example = "Het adres ligt in Limburg; de vestiging in Bergen op Zoom is gesloten.")
        String reason) {}
