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
}
