/**
 * Use cases of intake: receiving a signal in one transaction, and the keyed hashing of receipt
 * codes. The transaction boundary lives here; what the request looked like does not.
 */
package nl.waakzaam.intake.application;
