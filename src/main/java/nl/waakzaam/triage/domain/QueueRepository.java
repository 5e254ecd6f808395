package nl.waakzaam.triage.domain;

import java.util.List;
import java.util.Map;
import nl.waakzaam.regions.domain.RegionScope;
import nl.waakzaam.signal.domain.SignalStatus;

/**
 * The work queue as triage reads it: rows of signals, never the signals themselves. Every query
 * takes the caller's {@link RegionScope}, so isolation between regions is in the query.
 */
public interface QueueRepository {

  /** Signals of the scope's regions that the query asks for, in its order, after its position. */
  List<SignalSummary> queue(RegionScope scope, QueueQuery query);

  /** How many signals the scope's regions hold, per status. */
  Map<SignalStatus, Long> countByStatus(RegionScope scope);
}
