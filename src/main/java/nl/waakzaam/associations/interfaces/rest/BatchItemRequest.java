package nl.waakzaam.associations.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.waakzaam.associations.domain.AssociationSignal;
import nl.waakzaam.intake.application.SubmitSignalRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item of a batch: a signal exactly as {@code POST /api/v1/signals} takes it, and the
 * association's own reference for the member it came from (opaque to the platform, shown to this
 * association alone, never to staff).
 */
@Schema(name = "BatchItem")
public record BatchItemRequest(
    @Size(min = 1, max = AssociationSignal.MAX_MEMBER_REFERENCE)
        @Schema(example = "lid-20417", description = "Your own reference; optional.")
        String memberReference,
    @NotNull @Valid SubmitSignalRequest signal) {}
