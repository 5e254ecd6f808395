package nl.waakzaam.linking.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the text of each accepted file named, as written, kept sealed with the file's key: read once
 * when the file is accepted, shown with the signal's related list.
 */
public interface FileMentions {

  /**
   * Keeps what accepted file {@code attachment} (original {@code file}) of {@code signal} named.
   */
  void keep(UUID signal, UUID attachment, UUID file, List<Mention> mentions);

  /** What the accepted files of these signals named, oldest file first. */
  List<Mention> of(Collection<UUID> signals);
}
