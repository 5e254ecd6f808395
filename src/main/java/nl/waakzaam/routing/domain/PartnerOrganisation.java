package nl.waakzaam.routing.domain;

import java.util.Objects;
import java.util.Optional;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.Partner;

/**
 * An organisation signals are forwarded to. Its id ({@code politie-limburg}, {@code
 * gemeente-maastricht}) is also its group in Keycloak, {@code /partners/<id>}, which its staff
 * belong to. A regional one (a police unit, a RIEC, a municipality) names its region; the
 * functional mailbox is told, without content, that a package waits.
 */
public record PartnerOrganisation(
    String id,
    Partner kind,
    String name,
    Optional<Region> region,
    Optional<String> mailbox,
    PartnerProfile profile) {

  public PartnerOrganisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(mailbox, "mailbox");
    Objects.requireNonNull(profile, "profile");
  }
}
