/**
 * Where a signal belongs and where it may go: the ten regional platforms, postcodes,
 * municipalities, the directory that assigns a region from them, and the partners a platform
 * forwards to. Routing uses no signal: it stays below the signal capability, which refers to its
 * regions and partners. The reference data itself is read by the infrastructure.
 */
package nl.waakzaam.routing.domain;
