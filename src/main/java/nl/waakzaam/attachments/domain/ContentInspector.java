package nl.waakzaam.attachments.domain;

/**
 * Decides what a file is by its content, whether it may be taken, and makes the copy staff see.
 * Whatever the file holds, an inspection ends within its time limit and cannot exhaust the server's
 * memory.
 */
public interface ContentInspector {

  /**
   * @param content the file as uploaded
   * @param declaredName the name the uploader gave it: kept as information, never used to decide
   */
  Inspection inspect(byte[] content, String declaredName);
}
