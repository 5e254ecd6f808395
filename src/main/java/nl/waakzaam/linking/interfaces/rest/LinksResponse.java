package nl.waakzaam.linking.interfaces.rest;

import java.time.Instant;
import java.util.List;
import nl.waakzaam.linking.application.Links;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The signals staff linked to this one by hand: those of the caller's regions listed, with who
 * linked them and why; of other regions only how many.
 */
@Schema(name = "SignalLinks")
public record LinksResponse(List<Linked> inYourRegions, List<RelatedResponse.Elsewhere> elsewhere) {

  /** A linked signal of the caller's regions. */
  @Schema(name = "LinkedSignal")
  public record Linked(
      String reference,
      String kind,
      Instant receivedAt,
      String status,
      String reason,
      String linkedBy,
      Instant linkedAt) {}

  static LinksResponse of(Links.Linked linked) {
    return new LinksResponse(
        linked.inYourRegions().stream()
            .map(
                l ->
                    new Linked(
                        l.other().reference().value(),
                        l.other().kind().name(),
                        l.other().receivedAt(),
                        l.other().status().name(),
                        l.reason(),
                        l.linkedBy(),
                        l.linkedAt()))
            .toList(),
        RelatedResponse.Elsewhere.of(linked.elsewhere()));
  }
}
