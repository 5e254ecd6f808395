package nl.waakzaam.routing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;

/** The packages forwarded to partners. */
public interface ForwardingPackages {

  void add(ForwardingPackage forwarded);

  /** The package, if it is addressed to one of {@code organisations}; locked for an update. */
  Optional<ForwardingPackage> addressedTo(UUID id, Collection<String> organisations);

  /** The newest packages addressed to {@code organisations}, at most {@code limit}. */
  List<ForwardingPackage> inbox(Collection<String> organisations, int limit);

  /** A clean copy a package lists, by its number in the package. */
  record PackageFile(int number, String mediaType, UUID blob) {}

  void addFile(UUID packageId, PackageFile file);

  Optional<PackageFile> file(UUID packageId, int number);

  /** The packages of a signal, oldest first. */
  List<ForwardingPackage> ofSignal(UUID signal);

  /**
   * The region's packages no partner has read yet that were forwarded before {@code before},
   * longest waiting first, at most {@code limit}.
   */
  List<ForwardingPackage> unreadOf(Region region, Instant before, int limit);
}
