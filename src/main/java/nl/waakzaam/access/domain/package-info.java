/**
 * Who may do what: permissions (Keycloak's realm roles), jobs (its composite roles), the staff
 * member a token describes, and the reporter's follow-up session that a receipt code opens. No
 * token handling here.
 */
package nl.waakzaam.access.domain;
