package nl.waakzaam.intake.domain;

import java.util.Optional;

/** The signals, as the domain needs them. */
public interface SignalRepository {

  /**
   * Reserves a reference for good, so that no two signals ever share one, even after deletion.
   *
   * @return false when the reference was taken before
   */
  boolean claimReference(SignalReference reference);

  void add(Signal signal);

  /** The signal whose receipt code has this keyed hash. */
  Optional<Signal> findByReceiptCodeHash(byte[] receiptCodeHash);
}
