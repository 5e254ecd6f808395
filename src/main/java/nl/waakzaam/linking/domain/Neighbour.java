package nl.waakzaam.linking.domain;

import java.time.Instant;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalStatus;

/**
 * Another signal that names an entity: enough to list it, nothing of what it says ({@code signal},
 * its internal identifier, stays inside the platform).
 */
public record Neighbour(
    UUID signal,
    SignalReference reference,
    SignalKind kind,
    Instant receivedAt,
    SignalStatus status,
    Region region) {}
