package nl.waakzaam.attachments.domain;

import java.util.UUID;

/**
 * An upload read to its end and held encrypted outside the database, waiting to be kept (in the
 * transaction that records it) or dropped. Closing it removes what is held.
 *
 * @param sha256 of the content as uploaded
 */
public interface StagedFile extends AutoCloseable {

  UUID id();

  long size();

  byte[] sha256();

  @Override
  void close();
}
