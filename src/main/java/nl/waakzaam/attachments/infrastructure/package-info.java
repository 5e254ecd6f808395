/**
 * The inspection of files (Tika, PDFBox, image codecs) run in worker processes, the encrypted file
 * store in PostgreSQL, and the JPA repository of attachments.
 */
package nl.waakzaam.attachments.infrastructure;
