package nl.waakzaam.routing.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.waakzaam.routing.domain.PartnerOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the partner did with a package, on which day, and a note for the platform. */
@Schema(name = "OutcomeRequest")
public record OutcomeRequest(
    @NotNull PartnerOutcome outcome,
    @NotNull @Schema(example = "2026-12-01") LocalDate on,
    @Size(max = 2000) @Schema(example = "Bibob-toets gestart.") String note) {}
