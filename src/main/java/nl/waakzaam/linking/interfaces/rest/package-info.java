/** Linking's REST resources: the related signals of a signal, for staff of its region. */
package nl.waakzaam.linking.interfaces.rest;
