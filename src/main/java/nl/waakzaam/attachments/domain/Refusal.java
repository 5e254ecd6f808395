package nl.waakzaam.attachments.domain;

/**
 * Why a file was not taken, in words a reporter can read (the texts are under {@code
 * attachment.refusal.} in the messages). The signal itself is never refused for a file. A file over
 * its size, or one that does not fit in its signal, is not kept at all: the upload is refused.
 */
public enum Refusal {
  /** Nothing in it. */
  EMPTY,
  /**
   * Not a photo (JPEG, PNG), PDF, Word, Excel, PowerPoint, OpenDocument text or plain text file.
   */
  TYPE_NOT_ALLOWED,
  /** A HEIC/HEIF photo: its location data cannot be removed here, so it is not taken. */
  HEIC_NOT_SUPPORTED,
  /** Protected by a password or encrypted. */
  ENCRYPTED,
  /** An Office file with macros. */
  MACROS,
  /** A PDF with scripts, launch actions, forms or embedded files; an Office file with objects. */
  ACTIVE_CONTENT,
  /**
   * A document that would fetch something from elsewhere when opened: a remote image or template, a
   * linked object, a field that includes a file or a web page, a data link (DDE).
   */
  EXTERNAL_CONTENT,
  /** An image of more pixels than may be decoded. */
  TOO_MANY_PIXELS,
  /** Unpacks to far more than it is, or nests too deep, or holds too many parts. */
  TOO_COMPLEX,
  /** Damaged, truncated, or not what its content claims. */
  UNREADABLE,
  /** Its check took longer than allowed. */
  TIMEOUT,
  /** The check failed repeatedly for another reason. */
  PROCESSING_FAILED
}
