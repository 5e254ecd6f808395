package nl.waakzaam.routing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.routing.domain.ForwardingPackage;
import nl.waakzaam.routing.domain.ForwardingPackages;

/** The forwarding packages in PostgreSQL ({@code forwarding_package}). */
@ApplicationScoped
public class JpaForwardingPackages implements ForwardingPackages {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public void add(ForwardingPackage forwarded) {
    em.persist(forwarded);
  }

  @Override
  public Optional<ForwardingPackage> addressedTo(UUID id, Collection<String> organisations) {
    if (organisations.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select p from ForwardingPackage p where p.id = :id and p.organisation in :organisations",
            ForwardingPackage.class)
        .setParameter("id", id)
        .setParameter("organisations", organisations)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ForwardingPackage> inbox(Collection<String> organisations, int limit) {
    if (organisations.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p from ForwardingPackage p where p.organisation in :organisations"
                + " order by p.forwardedAt desc, p.id",
            ForwardingPackage.class)
        .setParameter("organisations", organisations)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<ForwardingPackage> ofSignal(UUID signal) {
    return em.createQuery(
            "select p from ForwardingPackage p where p.signalId = :signal order by p.forwardedAt, p.id",
            ForwardingPackage.class)
        .setParameter("signal", signal)
        .getResultList();
  }

  @Override
  public List<ForwardingPackage> unreadOf(Region region, Instant before, int limit) {
    return em.createQuery(
            "select p from ForwardingPackage p where p.region = :region and p.firstReadAt is null"
                + " and p.forwardedAt < :before order by p.forwardedAt, p.id",
            ForwardingPackage.class)
        .setParameter("region", region)
        .setParameter("before", before.atOffset(java.time.ZoneOffset.UTC))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void addFile(UUID packageId, PackageFile file) {
    em.flush(); // the package row first: the file row refers to it
    em.createNativeQuery(
            "insert into forwarding_package_file (package_id, number, media_type, blob_id)"
                + " values (?1, ?2, ?3, ?4)")
        .setParameter(1, packageId)
        .setParameter(2, file.number())
        .setParameter(3, file.mediaType())
        .setParameter(4, file.blob())
        .executeUpdate();
  }

  @Override
  public Optional<PackageFile> file(UUID packageId, int number) {
    List<?> rows =
        em.createNativeQuery(
                "select media_type, blob_id from forwarding_package_file"
                    + " where package_id = ?1 and number = ?2")
            .setParameter(1, packageId)
            .setParameter(2, number)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(row -> new PackageFile(number, (String) row[0], (UUID) row[1]))
        .findFirst();
  }
}
