/**
 * What staff work with besides the signal itself: the colleagues a signal can be handed to, and the
 * standard texts for the common messages.
 */
package nl.waakzaam.triage.domain;
