package nl.waakzaam.attachments.domain;

/**
 * Decides what a file is by its content, whether it may be taken, and makes the copy staff see.
 * Whatever the file holds, an inspection ends within its time limit and cannot exhaust the server's
 * memory.
 */
public interface ContentInspector {

  /**
   * @param content the file as uploaded; the name and type the uploader gave it are not asked for,
   *     since they never decide
   */
  Inspection inspect(byte[] content);

  /** Where files are inspected: whether that place is cut off from the rest, and how. */
  Isolation isolation();

  /**
   * @param sandboxed whether the inspection runs without network and with a read-only file system
   * @param description what it runs in, in words for operators
   */
  record Isolation(boolean sandboxed, String description) {}
}
