package nl.waakzaam.linking.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The links staff made by hand between two signals, for relations no entity shows. A link has no
 * direction: linking A to B is linking B to A.
 */
public interface SignalLinks {

  /** The other signal of a link, enough to list it, and who linked them, when and why. */
  record Link(Neighbour other, String reason, String linkedBy, Instant linkedAt) {}

  /**
   * Links {@code a} and {@code b}.
   *
   * @return false when they were linked already (nothing changes then)
   */
  boolean add(UUID a, UUID b, String reason, String linkedBy, Instant at);

  /**
   * Removes the link between {@code a} and {@code b}.
   *
   * @return false when there was none
   */
  boolean remove(UUID a, UUID b);

  /** The links of {@code signal}, newest first. */
  List<Link> of(UUID signal);
}
