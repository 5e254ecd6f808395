/**
 * Where a signal belongs: the ten regional platforms, postcodes, municipalities, and the directory
 * that assigns a region from them. Routing rules and partners will live here too; the reference
 * data itself is read by the infrastructure.
 */
package nl.waakzaam.routing.domain;
