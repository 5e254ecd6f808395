package nl.waakzaam.triage.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.waakzaam.signal.domain.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a signal ends, and the text its reporter reads. */
@Schema(name = "ClosingRequest")
public record ClosingRequest(
    @NotNull Outcome outcome,
    @NotBlank
        @Size(max = 5000)
        @Schema(example = "Uw melding is doorgegeven aan een partner die er iets mee kan doen.")
        String outcomeText) {}
