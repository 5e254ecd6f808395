package nl.waakzaam.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.linking.domain.AccessRequest;
import nl.waakzaam.linking.domain.AccessRequests;
import nl.waakzaam.linking.domain.Entity;
import nl.waakzaam.linking.domain.EntityIndex;
import nl.waakzaam.linking.domain.EntityType;
import nl.waakzaam.linking.domain.Mention;
import nl.waakzaam.linking.domain.Neighbour;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionScope;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.signal.application.LookupRefused;
import nl.waakzaam.signal.application.StaffLookup;
import nl.waakzaam.signal.domain.ReasonRejectedException;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.signal.domain.UnknownSignalException;

/**
 * Need to know across regions: a coordinator who sees that another region's signals name an entity
 * of their own asks that region for access, with a reason; that region's coordinator grants it, for
 * a limited time, or refuses it; the asker then reads those signals, and only those, until the
 * grant expires. Every step is audited: the request for the asking signal, the decision and each
 * read for the signals of the asked region, so that both regions' auditors see them.
 */
@ApplicationScoped
public class AccessToOtherRegions {

  /** The most requests listed at once. */
  static final int LIST_LIMIT = 200;

  /**
   * A request as the caller may see it, read inside the transaction: {@code askingSignal} only for
   * the asking region, {@code signals} (the asked region's references) for that region's
   * coordinators and, while the grant runs, for the asker; else empty.
   */
  public record Seen(
      UUID id,
      Optional<SignalReference> askingSignal,
      Region askingRegion,
      Region askedRegion,
      EntityType entityType,
      String reason,
      String askedBy,
      Instant askedAt,
      AccessRequest.State state,
      Optional<String> decidedBy,
      Optional<Instant> decidedAt,
      Optional<String> decisionNote,
      Optional<Instant> expiresAt,
      boolean askedOfYou,
      List<SignalReference> signals,
      boolean readableNow) {}

  private CurrentUser user;
  private StaffLookup lookup;
  private SignalRepository signals;
  private EntityIndex index;
  private AccessRequests requests;
  private AuditTrail audit;
  private Event<LookupRefused> refused;
  private Settings settings;
  private NamedBySignal named;
  private Clock clock;

  protected AccessToOtherRegions() {}

  @Inject
  AccessToOtherRegions(
      CurrentUser user,
      StaffLookup lookup,
      SignalRepository signals,
      EntityIndex index,
      AccessRequests requests,
      AuditTrail audit,
      Event<LookupRefused> refused,
      Settings settings,
      NamedBySignal named,
      Clock clock) {
    this.user = user;
    this.lookup = lookup;
    this.signals = signals;
    this.index = index;
    this.requests = requests;
    this.audit = audit;
    this.refused = refused;
    this.settings = settings;
    this.named = named;
    this.clock = clock;
  }

  /**
   * Asks {@code asked} for its signals that name an entity of type {@code type} which the signal
   * {@code asking} names too.
   *
   * @throws UnknownSignalException when {@code asking} is not of the caller's regions
   * @throws AccessRequestRefusedException when the caller can read the asked region already, or no
   *     signal of it names such an entity of the asking signal
   * @throws ReasonRejectedException without a reason
   */
  @Transactional
  public Seen ask(SignalReference asking, Region asked, EntityType type, String reason) {
    String why = ReasonRejectedException.required(reason);
    StaffMember staff = user.staff();
    Signal signal = lookup.find(asking, staff.scope());
    if (staff.scope().includes(asked)) {
      throw new AccessRequestRefusedException(AccessRequestRefusedException.Why.OWN_REGION);
    }
    Set<UUID> theirs = new HashSet<>();
    index
        .neighbours(signal.id(), entitiesOf(signal, type))
        .values()
        .forEach(
            list ->
                list.stream()
                    .filter(n -> n.region() == asked)
                    .map(Neighbour::signal)
                    .forEach(theirs::add));
    if (theirs.isEmpty()) {
      throw new AccessRequestRefusedException(AccessRequestRefusedException.Why.NOTHING_TO_ASK);
    }
    AccessRequest request =
        AccessRequest.ask(
            signal.id(),
            signal.region(),
            asked,
            type,
            theirs,
            why,
            new AccessRequest.Person(staff.subject(), staff.name()),
            clock.instant());
    requests.add(request);
    audit.record(
        AuditAction.ACCESS_REQUESTED,
        Optional.of(signal.reference()),
        Optional.of(signal.region()),
        Optional.of(asked.displayName() + ": " + why));
    return seen(request, Map.of(signal.id(), signal.reference()), Map.of(), staff, clock.instant());
  }

  /**
   * Grants or refuses a request made to one of the caller's regions.
   *
   * @throws UnknownAccessRequestException when no request with this id was made to them
   * @throws nl.waakzaam.linking.domain.AccessRequestDecidedException when it was decided before
   */
  @Transactional
  public Seen decide(UUID id, boolean grant, Optional<String> note) {
    note.ifPresent(ReasonRejectedException::required);
    StaffMember staff = user.staff();
    AccessRequest request =
        requests
            .findAskedForDecision(id, staff.scope())
            .orElseThrow(UnknownAccessRequestException::new);
    AccessRequest.Person decider = new AccessRequest.Person(staff.subject(), staff.name());
    Instant now = clock.instant();
    Optional<String> why = note.map(String::strip);
    if (grant) {
      request.grant(decider, why, now, settings.duration(Setting.LINKING_GRANT_DURATION));
    } else {
      request.refuse(decider, why, now);
    }
    List<Signal> covered = signals.byIds(request.signals());
    for (Signal s : covered) {
      audit.record(
          grant ? AuditAction.ACCESS_GRANTED : AuditAction.ACCESS_REFUSED,
          Optional.of(s.reference()),
          Optional.of(s.region()),
          Optional.of(request.askingRegion().displayName() + why.map(w -> ": " + w).orElse("")));
    }
    return seen(request, askingReferences(List.of(request)), references(covered), staff, now);
  }

  /** The requests made by or to the caller's regions, newest first. */
  @Transactional
  public List<Seen> list() {
    StaffMember staff = user.staff();
    Instant now = clock.instant();
    List<AccessRequest> found = requests.of(staff.scope(), LIST_LIMIT);
    Set<UUID> ids = new HashSet<>();
    found.forEach(r -> ids.addAll(r.signals()));
    Map<UUID, SignalReference> asked = signals.referencesOf(ids);
    Map<UUID, SignalReference> asking = askingReferences(found);
    return found.stream().map(r -> seen(r, asking, asked, staff, now)).toList();
  }

  /**
   * The signal {@code reference} of another region, for the asker of a granted request that covers
   * it, while the grant runs; audited as read under the grant.
   *
   * @throws UnknownSignalException otherwise, the same answer whatever the reason
   */
  @Transactional
  public Signal read(UUID id, SignalReference reference) {
    StaffMember staff = user.staff();
    Optional<AccessRequest> request = requests.find(id, staff.scope());
    Optional<Signal> signal =
        request.flatMap(r -> signals.findInScope(reference, RegionScope.of(r.askedRegion())));
    if (signal.isEmpty()
        || !request.get().lets(staff.subject(), signal.get().id(), clock.instant())) {
      refused.fire(new LookupRefused(reference, staff.scope()));
      throw new UnknownSignalException();
    }
    audit.record(
        AuditAction.SIGNAL_VIEWED_UNDER_GRANT,
        Optional.of(reference),
        Optional.of(signal.get().region()),
        Optional.of("verzoek " + id));
    return signal.get();
  }

  private Seen seen(
      AccessRequest r,
      Map<UUID, SignalReference> asking,
      Map<UUID, SignalReference> asked,
      StaffMember staff,
      Instant now) {
    boolean ofYou = staff.scope().includes(r.askedRegion());
    boolean readable =
        r.state() == AccessRequest.State.GRANTED
            && r.asker().subject().equals(staff.subject())
            && r.expiresAt().filter(now::isBefore).isPresent();
    List<SignalReference> shown =
        ofYou || readable
            ? r.signals().stream()
                .map(asked::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(SignalReference::value))
                .toList()
            : List.of();
    return new Seen(
        r.id(),
        staff.scope().includes(r.askingRegion())
            ? Optional.ofNullable(asking.get(r.askingSignal()))
            : Optional.empty(),
        r.askingRegion(),
        r.askedRegion(),
        r.entityType(),
        r.reason(),
        r.asker().name(),
        r.askedAt(),
        r.state(),
        r.decider().map(AccessRequest.Person::name),
        r.decidedAt(),
        r.decisionNote(),
        r.expiresAt(),
        ofYou,
        shown,
        readable);
  }

  private Map<UUID, SignalReference> askingReferences(Collection<AccessRequest> found) {
    return signals.referencesOf(found.stream().map(AccessRequest::askingSignal).toList());
  }

  private static Map<UUID, SignalReference> references(Collection<Signal> found) {
    Map<UUID, SignalReference> byId = new HashMap<>();
    found.forEach(s -> byId.put(s.id(), s.reference()));
    return byId;
  }

  /** The entities of {@code type} the signal names, with those its duplicates named. */
  private List<Entity> entitiesOf(Signal signal, EntityType type) {
    return named.withDuplicates(signal).stream()
        .map(Mention::entity)
        .filter(e -> e.type() == type)
        .distinct()
        .toList();
  }
}
