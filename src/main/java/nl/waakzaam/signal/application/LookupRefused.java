package nl.waakzaam.signal.application;

import nl.waakzaam.regions.domain.RegionScope;
import nl.waakzaam.signal.domain.SignalReference;

/**
 * A staff member asked for a signal their regions do not hold (another region's, or none at all):
 * fired before the refusal, so that the audit trail keeps who asked, whatever the request does
 * next.
 */
public record LookupRefused(SignalReference reference, RegionScope scope) {}
