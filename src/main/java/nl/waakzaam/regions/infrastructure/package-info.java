/**
 * The region directory over the CBS-based reference files shipped in the WAR. Only this package
 * knows the files' layout; the rest of the application asks {@code RegionDirectory}.
 */
package nl.waakzaam.regions.infrastructure;
