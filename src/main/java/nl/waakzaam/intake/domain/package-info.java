/**
 * What only intake needs of its own: the receipt code handed to a reporter once. The signal itself,
 * its content and its status table live in {@code nl.waakzaam.signal.domain}.
 */
package nl.waakzaam.intake.domain;
