package nl.waakzaam.intake.application;

import nl.waakzaam.intake.domain.SignalKind;
import nl.waakzaam.intake.domain.SignalReference;
import nl.waakzaam.routing.domain.Region;

/**
 * CDI event: a new signal was stored. Fired inside the receiving transaction; no reporter content.
 */
public record SignalReceived(SignalReference reference, SignalKind kind, Region region) {}
