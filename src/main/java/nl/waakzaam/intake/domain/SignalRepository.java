package nl.waakzaam.intake.domain;

import java.util.Optional;

/** The signals, as the domain needs them. */
public interface SignalRepository {

  /**
   * Stores a new signal and reserves its reference for good, so that no two signals ever share one,
   * even after deletion.
   *
   * @throws ReferenceTakenException when the reference was handed out before; the transaction is
   *     then lost and the caller starts again with another reference
   */
  void add(Signal signal);

  /** The signal whose receipt code has this keyed hash. */
  Optional<Signal> findByReceiptCodeHash(byte[] receiptCodeHash);
}
