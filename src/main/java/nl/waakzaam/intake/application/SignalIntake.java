package nl.waakzaam.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.intake.domain.ReceiptCode;
import nl.waakzaam.regions.domain.RegionAssignment;
import nl.waakzaam.regions.domain.RegionDirectory;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Place;
import nl.waakzaam.signal.domain.ReferenceTakenException;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalContent;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.signal.domain.SubmissionRepeatedException;

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
  private SignalRepository signals;
  private RegionDirectory regions;
  private ReceiptCodeHasher hasher;
  private Clock clock;

  protected SignalIntake() {}

  @Inject
  SignalIntake(
      SignalReception reception,
      SignalRepository signals,
      RegionDirectory regions,
      ReceiptCodeHasher hasher,
      Clock clock) {
    this.reception = reception;
    this.signals = signals;
    this.regions = regions;
    this.hasher = hasher;
    this.clock = clock;
  }

  /**
   * @throws RegionUndeterminedException when neither postcode nor municipality leads to a region
   */
  public Receipt receive(SignalContent content, Actor submitter) {
    return receive(content, submitter, Optional.empty());
  }

  /**
   * As {@link #receive(SignalContent, Actor)}, recognising a submission sent twice by the key the
   * submitter gave it. A key is bound to its submitter: another submitter choosing the same key
   * never learns of the first one's signal.
   *
   * @throws SubmissionRepeatedException when a signal came in with this key before
   */
  public Receipt receive(SignalContent content, Actor submitter, Optional<String> submissionKey) {
    Optional<byte[]> keyHash = submissionKey.map(key -> keyHash(submitter, key));
    if (keyHash.isPresent()) {
      Optional<SignalReference> earlier = signals.findBySubmissionKeyHash(keyHash.get());
      if (earlier.isPresent()) {
        throw new SubmissionRepeatedException(earlier.get());
      }
    }
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
                now,
                keyHash.orElse(null));
        return new Receipt(signal.reference(), code, signal.status());
      } catch (ReferenceTakenException taken) {
        // Drawn before: draw again.
      } catch (SubmissionRepeatedException meanwhile) {
        throw new SubmissionRepeatedException(
            signals.findBySubmissionKeyHash(keyHash.orElseThrow()).orElse(null));
      }
    }
    throw new ReferencesExhaustedException(year);
  }

  /**
   * Receives several signals of one submitter in the caller's transaction, all or none: each gets
   * its region, receipt code and a reference no other signal had. A signal whose region cannot be
   * found is not stored and its place in the answer is empty.
   *
   * @throws ReferenceTakenException when another transaction took one of the drawn references at
   *     the same moment; the caller's transaction is then lost, and the caller starts it again
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Optional<StoredSignal>> receiveTogether(
      List<SignalContent> contents, Actor submitter) {
    Instant now = clock.instant();
    int year = now.atZone(PLATFORM_ZONE).getYear();
    List<Optional<RegionAssignment>> assignments =
        contents.stream()
            .map(c -> regions.assign(c.place().postcode(), c.place().municipality()))
            .toList();
    Iterator<SignalReference> references =
        freeReferences(year, (int) assignments.stream().filter(Optional::isPresent).count());
    List<Optional<StoredSignal>> stored = new ArrayList<>(contents.size());
    for (int i = 0; i < contents.size(); i++) {
      if (assignments.get(i).isEmpty()) {
        stored.add(Optional.empty());
        continue;
      }
      ReceiptCode code = ReceiptCode.generate(Randomness.strong());
      Signal signal =
          reception.store(
              references.next(),
              contents.get(i),
              assignments.get(i).get(),
              hasher.hash(code),
              submitter,
              now,
              null);
      signals.writeAndForget(signal);
      stored.add(
          Optional.of(
              new StoredSignal(
                  signal.id(), new Receipt(signal.reference(), code, signal.status()))));
    }
    return stored;
  }

  /** {@code count} distinct references of {@code year} that were never handed out. */
  private Iterator<SignalReference> freeReferences(int year, int count) {
    Set<SignalReference> free = new LinkedHashSet<>();
    for (int round = 0; free.size() < count; round++) {
      if (round == MAX_REFERENCE_DRAWS) {
        throw new ReferencesExhaustedException(year);
      }
      Set<SignalReference> drawn = new LinkedHashSet<>();
      while (drawn.size() < count - free.size()) {
        SignalReference candidate = SignalReference.random(year, Randomness.strong());
        if (!free.contains(candidate)) {
          drawn.add(candidate);
        }
      }
      drawn.removeAll(signals.taken(drawn));
      free.addAll(drawn);
    }
    return free.iterator();
  }

  private static byte[] keyHash(Actor submitter, String key) {
    String scoped = submitter.type() + "\u0000" + submitter.id().orElse("") + "\u0000" + key;
    try {
      return MessageDigest.getInstance("SHA-256").digest(scoped.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
