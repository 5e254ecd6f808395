package nl.waakzaam.triage.interfaces.rest;

import nl.waakzaam.signal.domain.Signal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signal's status after a staff action. */
@Schema(name = "TriageAction")
public record TriageActionResponse(String reference, String status) {

  static TriageActionResponse of(Signal signal) {
    return new TriageActionResponse(signal.reference().value(), signal.status().name());
  }
}
