package nl.waakzaam.triage.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a staff member writes to a signal's reporter: a question, or information. */
@Schema(name = "StaffMessageRequest")
public record StaffMessageRequest(
    @NotBlank @Size(max = 5000) @Schema(example = "Hoe laat kwam de man langs?") String text) {}
