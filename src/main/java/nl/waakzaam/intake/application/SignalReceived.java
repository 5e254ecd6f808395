package nl.waakzaam.intake.application;

import nl.waakzaam.routing.domain.Region;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalReference;

/**
 * CDI event: a new signal was stored. Fired inside the receiving transaction; no reporter content.
 */
public record SignalReceived(SignalReference reference, SignalKind kind, Region region) {}
