package nl.waakzaam.triage.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.waakzaam.signal.domain.Category;
import nl.waakzaam.signal.domain.Priority;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a signal is about and how urgent it is, and why staff judge so. */
@Schema(name = "ClassificationRequest")
public record ClassificationRequest(
    @NotNull Category category,
    @NotNull Priority priority,
    @NotBlank @Size(max = 2000) @Schema(example = "Contante huur en afgeplakte ramen: hennepteelt.")
        String reason) {}
