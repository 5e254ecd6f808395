package nl.waakzaam.attachments.domain;

/** What became of a file: waiting for its inspection, taken, or refused with a reason. */
public enum AttachmentState {
  RECEIVED,
  ACCEPTED,
  REFUSED
}
