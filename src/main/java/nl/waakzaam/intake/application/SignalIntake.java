package nl.waakzaam.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import nl.waakzaam.intake.domain.Actor;
import nl.waakzaam.intake.domain.Place;
import nl.waakzaam.intake.domain.ReceiptCode;
import nl.waakzaam.intake.domain.ReferenceTakenException;
import nl.waakzaam.intake.domain.Signal;
import nl.waakzaam.intake.domain.SignalContent;
import nl.waakzaam.intake.domain.SignalReference;
import nl.waakzaam.routing.domain.RegionAssignment;
import nl.waakzaam.routing.domain.RegionDirectory;
import nl.waakzaam.shared.domain.Randomness;

/**
 * Receives a signal: assigns its region, makes its receipt code, and stores it under a random
 * reference, drawing again (in a new transaction) in the rare case that the reference was taken.
 */
@ApplicationScoped
public class SignalIntake {

  /** References carry the Dutch calendar year. */
  static final ZoneId PLATFORM_ZONE = ZoneId.of("Europe/Amsterdam");

  /** Draws of a random reference before giving up; only near a year's capacity is this reached. */
  static final int MAX_REFERENCE_DRAWS = 10;

  private SignalReception reception;
  private RegionDirectory regions;
  private ReceiptCodeHasher hasher;
  private Clock clock;

  protected SignalIntake() {}

  @Inject
  SignalIntake(
      SignalReception reception, RegionDirectory regions, ReceiptCodeHasher hasher, Clock clock) {
    this.reception = reception;
    this.regions = regions;
    this.hasher = hasher;
    this.clock = clock;
  }

  /**
   * @throws RegionUndeterminedException when neither postcode nor municipality leads to a region
   */
  public Receipt receive(SignalContent content, Actor submitter) {
    Place place = content.place();
    RegionAssignment assignment =
        regions
            .assign(place.postcode(), place.municipality())
            .orElseThrow(RegionUndeterminedException::new);
    ReceiptCode code = ReceiptCode.generate(Randomness.strong());
    byte[] hash = hasher.hash(code);
    Instant now = clock.instant();
    int year = now.atZone(PLATFORM_ZONE).getYear();
    for (int draw = 0; draw < MAX_REFERENCE_DRAWS; draw++) {
      try {
        Signal signal =
            reception.store(
                SignalReference.random(year, Randomness.strong()),
                content,
                assignment,
                hash,
                submitter,
                now);
        return new Receipt(signal.reference(), code, signal.status());
      } catch (ReferenceTakenException taken) {
        // Drawn before: draw again.
      }
    }
    throw new ReferencesExhaustedException(year);
  }
}
