/**
 * Adding a file (by the reporter with the follow-up session, by staff of the region), inspecting it
 * after the upload has been answered, resuming inspections a crash interrupted, and the audited
 * download of clean copies and originals.
 */
package nl.waakzaam.attachments.application;
