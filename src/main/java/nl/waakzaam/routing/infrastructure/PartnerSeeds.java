package nl.waakzaam.routing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionDirectory;
import nl.waakzaam.routing.domain.PartnerOrganisation;
import nl.waakzaam.routing.domain.StartingPartners;

/**
 * Writes {@link StartingPartners}: every organisation that is not there yet (one a coordinator
 * changed stays as it is), and a region's list only the first time, so that a list a coordinator
 * emptied stays empty. Instances starting together write each once: the losers' inserts conflict
 * and do nothing.
 */
@ApplicationScoped
public class PartnerSeeds {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Inject private RegionDirectory directory;

  @Transactional
  public void write() {
    List<StartingPartners.Seed> seeds = StartingPartners.organisations(directory.municipalities());
    @SuppressWarnings("unchecked")
    Set<String> present =
        new HashSet<>(em.createNativeQuery("select id from partner_organisation").getResultList());
    for (StartingPartners.Seed seed : seeds) {
      PartnerOrganisation o = seed.organisation();
      if (present.contains(o.id())) {
        continue;
      }
      em.createNativeQuery(
              "insert into partner_organisation (id, kind, name, region, municipality_code,"
                  + " mailbox, parts, receives_contact, legal_bases)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing")
          .setParameter(1, o.id())
          .setParameter(2, o.kind().name())
          .setParameter(3, o.name())
          .setParameter(4, o.region().map(Region::name).orElse(null))
          .setParameter(5, seed.municipalityCode().orElse(null))
          .setParameter(6, o.mailbox().orElse(null))
          .setParameter(7, SqlPartnerDirectory.column(o.profile().parts()))
          .setParameter(8, o.profile().receivesContact())
          .setParameter(9, SqlPartnerDirectory.column(o.profile().legalBases()))
          .executeUpdate();
    }
    for (Region region : Region.values()) {
      int first =
          em.createNativeQuery(
                  "insert into region_partner_list (region, seeded_at) values (?, now())"
                      + " on conflict (region) do nothing")
              .setParameter(1, region.name())
              .executeUpdate();
      if (first == 1) {
        for (String id : StartingPartners.listOf(region, seeds)) {
          em.createNativeQuery(
                  "insert into region_partner (region, organisation_id) values (?, ?)"
                      + " on conflict do nothing")
              .setParameter(1, region.name())
              .setParameter(2, id)
              .executeUpdate();
        }
      }
    }
  }
}
