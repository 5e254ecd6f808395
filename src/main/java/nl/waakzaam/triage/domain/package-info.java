/**
 * What staff work with besides the signal itself: the work queue's query, order and rows, the
 * service-level state of a deadline, the actions staff may take and which permission each needs,
 * the colleagues a signal can be handed to, and the standard texts for the common messages.
 */
package nl.waakzaam.triage.domain;
