package nl.waakzaam.routing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.UnknownRegionException;
import nl.waakzaam.routing.domain.LegalBasis;
import nl.waakzaam.routing.domain.PartnerDirectory;
import nl.waakzaam.routing.domain.PartnerOrganisation;
import nl.waakzaam.routing.domain.UnknownPartnerException;
import nl.waakzaam.signal.domain.ReasonRejectedException;

/** The list of partners a region forwards to, kept by its coordinators, and the legal bases. */
@ApplicationScoped
public class RegionPartners {

  private CurrentUser user;
  private PartnerDirectory partners;
  private AuditTrail audit;

  protected RegionPartners() {}

  @Inject
  RegionPartners(CurrentUser user, PartnerDirectory partners, AuditTrail audit) {
    this.user = user;
    this.partners = partners;
    this.audit = audit;
  }

  /**
   * @throws UnknownRegionException for a region that is not the caller's
   */
  @Transactional
  public List<PartnerOrganisation> of(String regionSlug) {
    return partners.ofRegion(region(regionSlug, user.staff()));
  }

  /**
   * Replaces the region's list, with the reason for the change.
   *
   * @throws UnknownPartnerException when an id names no organisation
   */
  @Transactional
  public List<PartnerOrganisation> keep(
      String regionSlug, Set<String> organisations, String reason) {
    ReasonRejectedException.required(reason);
    StaffMember staff = user.staff();
    Region region = region(regionSlug, staff);
    if (partners.organisations(organisations).size() != organisations.size()) {
      throw new UnknownPartnerException();
    }
    partners.keepList(region, organisations);
    audit.record(
        AuditAction.PARTNERS_CHANGED, Optional.empty(), Optional.of(region), Optional.of(reason));
    return partners.ofRegion(region);
  }

  /**
   * Sets (or, when empty, clears) the functional mailbox of an organisation of the region itself
   * (its police unit, RIEC or a municipality); national organisations are kept nationally.
   *
   * @throws UnknownPartnerException when the organisation is not one of the region's own
   */
  @Transactional
  public PartnerOrganisation keepMailbox(
      String regionSlug, String organisation, Optional<String> mailbox, String reason) {
    Region region = region(regionSlug, user.staff());
    return keepMailboxOf(organisation, Optional.of(region), mailbox, reason);
  }

  /** The national organisations (of no region), for keeping their mailboxes. */
  @Transactional
  public List<PartnerOrganisation> national() {
    return partners.national();
  }

  /**
   * Sets (or, when empty, clears) the functional mailbox of a national organisation.
   *
   * @throws UnknownPartnerException when the organisation is not a national one
   */
  @Transactional
  public PartnerOrganisation keepNationalMailbox(
      String organisation, Optional<String> mailbox, String reason) {
    return keepMailboxOf(organisation, Optional.empty(), mailbox, reason);
  }

  /** The mailbox of an organisation of {@code region} (empty: of none), audited there. */
  private PartnerOrganisation keepMailboxOf(
      String organisation, Optional<Region> region, Optional<String> mailbox, String reason) {
    ReasonRejectedException.required(reason);
    PartnerOrganisation found =
        partners
            .organisation(organisation)
            .filter(o -> o.region().equals(region))
            .orElseThrow(UnknownPartnerException::new);
    partners.keepMailbox(found.id(), mailbox.map(String::strip));
    audit.record(
        AuditAction.PARTNERS_CHANGED,
        Optional.empty(),
        region,
        Optional.of(found.id() + " mailbox: " + reason));
    return partners.organisation(found.id()).orElseThrow();
  }

  @Transactional
  public List<LegalBasis> legalBases() {
    return partners.legalBases();
  }

  private static Region region(String slug, StaffMember staff) {
    return Region.bySlug(slug)
        .filter(staff.scope()::includes)
        .orElseThrow(UnknownRegionException::new);
  }
}
