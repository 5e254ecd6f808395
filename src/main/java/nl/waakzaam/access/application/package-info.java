/**
 * What other capabilities ask of access: the {@link nl.waakzaam.access.application.CurrentUser} of
 * the request. How it is found (MicroProfile JWT) is infrastructure.
 */
package nl.waakzaam.access.application;
