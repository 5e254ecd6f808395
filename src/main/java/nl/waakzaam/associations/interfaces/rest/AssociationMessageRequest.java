package nl.waakzaam.associations.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the association writes to the platform on its member's behalf. */
@Schema(name = "AssociationMessageRequest")
public record AssociationMessageRequest(
    @NotBlank @Size(max = 5000) @Schema(example = "Our member saw the same van again on Monday.")
        String text) {}
