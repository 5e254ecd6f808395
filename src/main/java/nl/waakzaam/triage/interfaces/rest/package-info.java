/**
 * The staff API of triage: the work queue, the staff view of a signal and the staff actions, with
 * their request and answer records and the assembler that makes the staff view inside the
 * transaction. Permissions are declared per method; region isolation is the queries' business.
 */
package nl.waakzaam.triage.interfaces.rest;
