/**
 * Where a signal may go: the partner organisations, each with the profile of what it may receive
 * and the legal bases it may receive on, the list of partners each region forwards to, and the
 * packages forwarded to them. Routing reads signals (it composes packages from them); the signal
 * capability knows nothing of routing, only the kinds of partner its handling names.
 */
package nl.waakzaam.routing.domain;
