package nl.waakzaam.attachments.domain;

import java.io.InputStream;
import java.util.UUID;

/**
 * Where files are kept, encrypted at rest: nothing readable is written anywhere, not even while an
 * upload is still coming in.
 */
public interface FileStore {

  /**
   * Reads an upload to its end and holds it, encrypted, until it is kept or dropped.
   *
   * @throws FileTooLargeException as soon as more than {@code maxBytes} came in
   */
  StagedFile stage(InputStream content, long maxBytes);

  /** Keeps a staged file, in the current transaction; it can be read by its id from then on. */
  void keep(StagedFile staged);

  /** Keeps a file made here (a clean copy), in the current transaction. */
  UUID keep(byte[] content);

  byte[] read(UUID id);

  /**
   * Seals something derived from file {@code id} (its declared name, its extracted text) with that
   * file's own key, so that it is protected exactly as the file is. The file must have been kept.
   */
  byte[] seal(UUID id, Derived what, byte[] plain);

  /** Opens what {@link #seal} sealed for file {@code id}. */
  byte[] open(UUID id, Derived what, byte[] sealed);

  /** What is derived from a file and kept beside it. */
  enum Derived {
    DECLARED_NAME,
    EXTRACTED_TEXT,
    /** What linking read in the file's text: the entities, as written. */
    NAMED_ENTITIES
  }
}
