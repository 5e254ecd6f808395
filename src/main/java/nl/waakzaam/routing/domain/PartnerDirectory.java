package nl.waakzaam.routing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.regions.domain.Region;

/** The partner organisations, the regions' lists of them, and the legal bases to forward on. */
public interface PartnerDirectory {

  Optional<PartnerOrganisation> organisation(String id);

  /** The organisations {@code region} forwards to, by name. */
  List<PartnerOrganisation> ofRegion(Region region);

  /** The organisations of no region (the national ones and EURIEC), by name. */
  List<PartnerOrganisation> national();

  /** Replaces the list of {@code region}; every id must be an organisation. */
  void keepList(Region region, Set<String> organisations);

  /** Sets or clears the organisation's functional mailbox. */
  void keepMailbox(String organisation, Optional<String> mailbox);

  /** The organisations of these ids that exist. */
  List<PartnerOrganisation> organisations(Collection<String> ids);

  Optional<LegalBasis> legalBasis(String key);

  List<LegalBasis> legalBases();
}
