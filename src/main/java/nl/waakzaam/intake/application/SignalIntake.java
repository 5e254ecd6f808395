package nl.waakzaam.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import nl.waakzaam.intake.domain.Actor;
import nl.waakzaam.intake.domain.Place;
import nl.waakzaam.intake.domain.ReceiptCode;
import nl.waakzaam.intake.domain.Signal;
import nl.waakzaam.intake.domain.SignalContent;
import nl.waakzaam.intake.domain.SignalReference;
import nl.waakzaam.intake.domain.SignalRepository;
import nl.waakzaam.routing.domain.RegionAssignment;
import nl.waakzaam.routing.domain.RegionDirectory;

/**
 * Receives a signal: assigns its region, gives it a reference and a receipt code, and stores it with
 * the first event of its history, all in one transaction.
 */
@ApplicationScoped
public class SignalIntake {

  /** References carry the Dutch calendar year. */
  static final ZoneId PLATFORM_ZONE = ZoneId.of("Europe/Amsterdam");

  /** Draws of a random reference before giving up; at a year's capacity only is this ever reached. */
  static final int MAX_REFERENCE_DRAWS = 50;

  private final SecureRandom random = new SecureRandom();
  private SignalRepository signals;
  private RegionDirectory regions;
  private ReceiptCodeHasher hasher;
  private Clock clock;
  private Event<SignalReceived> received;

  protected SignalIntake() {}

  @Inject
  public SignalIntake(
      SignalRepository signals,
      RegionDirectory regions,
      ReceiptCodeHasher hasher,
      Clock clock,
      Event<SignalReceived> received) {
    this.signals = signals;
    this.regions = regions;
    this.hasher = hasher;
    this.clock = clock;
    this.received = received;
  }

  @Transactional
  public Receipt receive(SignalContent content, Actor submitter) {
    Place place = content.place();
    RegionAssignment assignment =
        regions
            .assign(place.postcode(), place.municipality())
            .orElseThrow(RegionUndeterminedException::new);
    Instant now = clock.instant();
    SignalReference reference = claimNewReference(now.atZone(PLATFORM_ZONE).getYear());
    ReceiptCode code = ReceiptCode.generate(random);
    Signal signal =
        Signal.receive(reference, content, assignment, hasher.hash(code), submitter, now);
    signals.add(signal);
    received.fire(new SignalReceived(reference, signal.kind(), signal.region()));
    return new Receipt(reference, code, signal.status());
  }

  private SignalReference claimNewReference(int year) {
    for (int draw = 0; draw < MAX_REFERENCE_DRAWS; draw++) {
      SignalReference candidate = SignalReference.random(year, random);
      if (signals.claimReference(candidate)) {
        return candidate;
      }
    }
    throw new ReferencesExhaustedException(year);
  }
}
