/**
 * What other capabilities ask of access: the {@link nl.waakzaam.access.application.CurrentUser} of
 * a staff request, and the {@link nl.waakzaam.access.application.CurrentReporter} of a request that
 * carries a follow-up token. How a staff member is found (MicroProfile JWT) is infrastructure.
 */
package nl.waakzaam.access.application;
