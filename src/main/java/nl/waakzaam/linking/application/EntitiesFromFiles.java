package nl.waakzaam.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import nl.waakzaam.attachments.application.FileAccepted;
import nl.waakzaam.linking.domain.EntityIndex;
import nl.waakzaam.linking.domain.FileMentions;
import nl.waakzaam.linking.domain.Mention;
import nl.waakzaam.linking.domain.TextEntities;

/**
 * Indexes what the text of an accepted file names, in the transaction that records the verdict: the
 * IBAN on a photographed invoice relates the signal as a typed IBAN would. What was found is kept,
 * sealed with the file's key, for the related list; read once, here.
 */
@ApplicationScoped
class EntitiesFromFiles {

  /** The field of a file's text: {@code attachment/<id>}. */
  static final String ATTACHMENT = "attachment/";

  private EntityIndex index;
  private FileMentions files;

  protected EntitiesFromFiles() {}

  @Inject
  EntitiesFromFiles(EntityIndex index, FileMentions files) {
    this.index = index;
    this.files = files;
  }

  /**
   * Replaces what the file named: an inspection that a crash cut short after its verdict is run
   * again, and must leave one set of entries, not two. A file that names nothing (most photos) is
   * not sealed and kept for the related list: there is nothing in it to show.
   */
  void accepted(@Observes FileAccepted accepted) {
    String field = ATTACHMENT + accepted.attachment();
    List<Mention> mentions = TextEntities.mentions(field, accepted.text());
    index.replace(accepted.signal(), field, mentions);
    if (!mentions.isEmpty()) {
      files.keep(accepted.signal(), accepted.attachment(), accepted.file(), mentions);
    }
  }
}
