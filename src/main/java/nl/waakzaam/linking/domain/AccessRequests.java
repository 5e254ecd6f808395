package nl.waakzaam.linking.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.regions.domain.RegionScope;

/** The requests for access between regions. */
public interface AccessRequests {

  void add(AccessRequest request);

  /** The request with this id that {@code scope} asked for or was asked, if any. */
  Optional<AccessRequest> find(UUID id, RegionScope scope);

  /** As {@link #find}, for the asked region deciding, locked until the transaction ends. */
  Optional<AccessRequest> findAskedForDecision(UUID id, RegionScope asked);

  /** The requests made by or to the scope's regions, newest first, at most {@code limit}. */
  List<AccessRequest> of(RegionScope scope, int limit);
}
