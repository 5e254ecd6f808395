/**
 * Reading a {@code multipart/form-data} upload as a stream, for the API and the reporter pages
 * alike: no part is ever buffered whole, in memory or on disk.
 */
package nl.waakzaam.shared.interfaces.multipart;
