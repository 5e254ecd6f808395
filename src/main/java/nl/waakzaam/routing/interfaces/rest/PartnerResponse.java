package nl.waakzaam.routing.interfaces.rest;

import java.util.List;
import nl.waakzaam.routing.domain.PartnerOrganisation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner organisation and its profile: what of a signal it may receive, on which bases. */
@Schema(name = "Partner")
public record PartnerResponse(
    @Schema(example = "politie-limburg") String id,
    @Schema(example = "POLICE") String kind,
    @Schema(example = "Politie, eenheid Limburg") String name,
    @Schema(description = "Set for a regional organisation.", example = "limburg") String region,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "The parts of a signal it may receive.")
        List<String> receives,
    @Schema(description = "Whether it may receive a consenting reporter's contact details.")
        boolean receivesContact,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "The keys of the legal bases it may receive on.")
        List<String> legalBases,
    @Schema(
            description = "The functional mailbox told that a package waits; absent when none.",
            example = "meldingen@maastricht.nl")
        String mailbox) {

  static PartnerResponse of(PartnerOrganisation o) {
    return new PartnerResponse(
        o.id(),
        o.kind().name(),
        o.name(),
        o.region().map(r -> r.slug()).orElse(null),
        o.profile().parts().stream().sorted().map(Enum::name).toList(),
        o.profile().receivesContact(),
        o.profile().legalBases(),
        o.mailbox().orElse(null));
  }
}
