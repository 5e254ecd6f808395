/**
 * The routing API: a region's partners and the legal bases (coordinators), forwarding a signal with
 * a preview of each package (coordinators), and a partner's inbox (partner staff).
 */
package nl.waakzaam.routing.interfaces.rest;
