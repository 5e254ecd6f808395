/**
 * Persistence of signals: the JPA repository. Nothing outside intake calls this package directly.
 */
package nl.waakzaam.intake.infrastructure;
