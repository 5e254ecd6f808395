/**
 * The shared kernel of the domain: what every capability's domain may build on, such as the base of
 * its named exceptions. No capability-specific rule lives here.
 */
package nl.waakzaam.shared.domain;
