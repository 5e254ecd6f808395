/**
 * The one way to change a signal: {@link nl.waakzaam.signal.application.SignalChanges} loads it in
 * the caller's scope under a lock, lets the caller act, and fires the events the signal recorded,
 * inside the transaction. Which capability acts, and why, is not known here.
 */
package nl.waakzaam.signal.application;
