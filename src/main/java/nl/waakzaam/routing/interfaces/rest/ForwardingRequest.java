package nl.waakzaam.routing.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The partners to forward to, each with the legal basis chosen for it, and a note for them. */
@Schema(name = "ForwardingRequest")
public record ForwardingRequest(
    @NotEmpty @Size(max = 20) List<@NotNull @Valid Recipient> partners,
    @Size(max = 2000) @Schema(example = "Besproken in het RIEC-overleg van donderdag.")
        String note) {

  /** One partner and the basis it receives the signal on. */
  @Schema(name = "ForwardingRecipient")
  public record Recipient(
      @NotNull @Size(max = 80) @Schema(example = "politie-limburg") String organisation,
      @NotNull @Size(max = 40) @Schema(example = "RIEC_COVENANT") String legalBasis) {}
}
