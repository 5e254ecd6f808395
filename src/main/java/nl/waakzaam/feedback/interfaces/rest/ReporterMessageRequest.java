package nl.waakzaam.feedback.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/followup/messages}: what the reporter writes to the platform. */
@Schema(name = "ReporterMessageRequest")
public record ReporterMessageRequest(
    @NotBlank @Size(max = 5000) @Schema(example = "He came back yesterday in the same car.")
        String text) {}
