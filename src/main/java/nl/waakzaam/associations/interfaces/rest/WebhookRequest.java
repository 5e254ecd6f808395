package nl.waakzaam.associations.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/webhooks}: where the association's webhooks go. */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
    @NotBlank @Size(max = 2000) @Schema(example = "https://hooks.lto.example/waakzaam")
        String url) {}
