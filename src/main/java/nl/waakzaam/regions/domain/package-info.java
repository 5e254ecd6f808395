/**
 * Where a signal belongs: the ten regional platforms, postcodes, municipalities, the directory that
 * assigns a region from them, and a staff member's scope of regions. Regions use no other
 * capability: every capability refers to them, the signal first. The reference data itself is read
 * by the infrastructure.
 */
package nl.waakzaam.regions.domain;
