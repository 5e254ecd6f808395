/**
 * The {@link nl.waakzaam.signal.domain.Signal} aggregate: its reference, the status table, the
 * history, what the reporter said ({@link nl.waakzaam.signal.domain.Report} and the typed answers
 * per kind), how staff handle it ({@link nl.waakzaam.signal.domain.Handling}), its service clock,
 * and the named {@link nl.waakzaam.signal.domain.SignalEvent}s every change records. Plain Java
 * with persistence mapping; no HTTP, no configuration, no container services.
 */
package nl.waakzaam.signal.domain;
