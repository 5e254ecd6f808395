package nl.waakzaam.linking.interfaces.rest;

import java.time.Instant;
import nl.waakzaam.linking.application.Duplicates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The merge as it stands: the duplicate, the signal it was folded into, until when undoable. */
@Schema(name = "Merge")
public record MergeResponse(String duplicate, String survivor, Instant undoableUntil) {

  static MergeResponse of(Duplicates.Merge merge) {
    return new MergeResponse(
        merge.duplicate().value(), merge.survivor().value(), merge.undoableUntil());
  }
}
