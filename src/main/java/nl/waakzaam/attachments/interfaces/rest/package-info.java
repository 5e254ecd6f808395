/**
 * The API of attachments: uploads by the reporter (follow-up token) and by staff (bearer token),
 * the reporter's list of their files, and staff downloads with headers that keep a browser from
 * running or sniffing what it receives.
 */
package nl.waakzaam.attachments.interfaces.rest;
