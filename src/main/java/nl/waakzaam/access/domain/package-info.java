/**
 * Who may do what: permissions (Keycloak's realm roles), jobs (its composite roles), the staff
 * member a token describes, and the region scope every staff query is filtered by. No token
 * handling here.
 */
package nl.waakzaam.access.domain;
