/**
 * What a coordinator and a partner do with routing: keep the region's partner list, preview and
 * forward a package per partner on a chosen legal basis, and (for the partner) read the inbox and
 * register what came of it. Every step is audited.
 */
package nl.waakzaam.routing.application;
