package nl.waakzaam.routing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.routing.domain.LegalBasis;
import nl.waakzaam.routing.domain.PartnerDirectory;
import nl.waakzaam.routing.domain.PartnerOrganisation;
import nl.waakzaam.routing.domain.PartnerProfile;
import nl.waakzaam.signal.domain.ContentPart;
import nl.waakzaam.signal.domain.Partner;

/**
 * The partner organisations and the regions' lists of them in PostgreSQL ({@code
 * partner_organisation}, {@code region_partner}, {@code legal_basis}); sets are kept as
 * comma-separated names, read and written whole.
 */
@ApplicationScoped
public class SqlPartnerDirectory implements PartnerDirectory {

  static final String COLUMNS =
      "o.id, o.kind, o.name, o.region, o.mailbox, o.parts, o.receives_contact, o.legal_bases";

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public Optional<PartnerOrganisation> organisation(String id) {
    return organisations(List.of(id)).stream().findFirst();
  }

  @Override
  public List<PartnerOrganisation> organisations(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> distinct = ids.stream().distinct().toList();
    Query query =
        em.createNativeQuery(
            "select "
                + COLUMNS
                + " from partner_organisation o where o.id in ("
                + placeholders(distinct.size())
                + ") order by o.name");
    for (int i = 0; i < distinct.size(); i++) {
      query.setParameter(i + 1, distinct.get(i));
    }
    return rows(query);
  }

  @Override
  public List<PartnerOrganisation> ofRegion(Region region) {
    Query query =
        em.createNativeQuery(
            "select "
                + COLUMNS
                + " from region_partner r join partner_organisation o on o.id = r.organisation_id"
                + " where r.region = ? order by o.name");
    query.setParameter(1, region.name());
    return rows(query);
  }

  @Override
  public List<PartnerOrganisation> national() {
    return rows(
        em.createNativeQuery(
            "select "
                + COLUMNS
                + " from partner_organisation o where o.region is null order by o.name"));
  }

  @Override
  public void keepMailbox(String organisation, Optional<String> mailbox) {
    em.createNativeQuery("update partner_organisation set mailbox = ?2 where id = ?1")
        .setParameter(1, organisation)
        .setParameter(2, mailbox.orElse(null))
        .executeUpdate();
  }

  @Override
  public void keepList(Region region, Set<String> organisations) {
    em.createNativeQuery("delete from region_partner where region = ?")
        .setParameter(1, region.name())
        .executeUpdate();
    if (organisations.isEmpty()) {
      return;
    }
    List<String> ids = List.copyOf(organisations);
    Query insert =
        em.createNativeQuery(
            "insert into region_partner (region, organisation_id)"
                + " select ?, id from partner_organisation where id in ("
                + placeholders(ids.size())
                + ")");
    insert.setParameter(1, region.name());
    for (int i = 0; i < ids.size(); i++) {
      insert.setParameter(i + 2, ids.get(i));
    }
    insert.executeUpdate();
  }

  @Override
  public Optional<LegalBasis> legalBasis(String key) {
    return legalBases().stream().filter(b -> b.key().equals(key)).findFirst();
  }

  @Override
  public List<LegalBasis> legalBases() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select key, title, wording, source from legal_basis order by key")
            .getResultList();
    return rows.stream()
        .map(r -> new LegalBasis((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static List<PartnerOrganisation> rows(Query query) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(SqlPartnerDirectory::organisation).toList();
  }

  private static PartnerOrganisation organisation(Object[] r) {
    return new PartnerOrganisation(
        (String) r[0],
        Partner.valueOf((String) r[1]),
        (String) r[2],
        Optional.ofNullable((String) r[3]).map(Region::valueOf),
        Optional.ofNullable((String) r[4]),
        new PartnerProfile(parts((String) r[5]), (Boolean) r[6], names((String) r[7])));
  }

  static Set<ContentPart> parts(String column) {
    EnumSet<ContentPart> parts = EnumSet.noneOf(ContentPart.class);
    names(column).stream().map(ContentPart::valueOf).forEach(parts::add);
    return parts;
  }

  static List<String> names(String column) {
    return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split(","));
  }

  static String column(Collection<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(","));
  }
}
