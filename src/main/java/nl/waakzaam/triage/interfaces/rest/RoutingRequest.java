package nl.waakzaam.triage.interfaces.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.waakzaam.signal.domain.Partner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** To which partners a signal goes, with a note for the history. */
@Schema(name = "RoutingRequest")
public record RoutingRequest(
    @NotEmpty List<@NotNull Partner> partners,
    @Size(max = 2000) @Schema(example = "Via het RIEC-overleg van donderdag.") String note) {}
