/**
 * Files added to a signal: their state (received, accepted, refused with a reason), the verdict of
 * the content inspection, and the stores that keep them.
 */
package nl.waakzaam.attachments.domain;
