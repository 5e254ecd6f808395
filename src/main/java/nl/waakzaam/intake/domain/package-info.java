/**
 * The signal and everything a reporter tells in it: the {@link nl.waakzaam.intake.domain.Signal}
 * aggregate with its status table and history, the typed answers per kind, and the value objects
 * (references, receipt codes, licence plates, MMSI, KvK numbers). Plain Java with persistence
 * mapping; no HTTP, no configuration, no container services.
 */
package nl.waakzaam.intake.domain;
