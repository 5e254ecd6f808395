package nl.waakzaam.triage.interfaces.rest;

import nl.waakzaam.triage.application.StaffActionDone;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signal's status after a staff action. */
@Schema(name = "TriageAction")
public record TriageActionResponse(String reference, String status) {

  static TriageActionResponse of(StaffActionDone done) {
    return new TriageActionResponse(done.reference().value(), done.status().name());
  }
}
