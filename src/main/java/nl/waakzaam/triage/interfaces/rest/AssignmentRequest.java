package nl.waakzaam.triage.interfaces.rest;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom a signal is handed to: a user name, or nothing to take it off anyone. */
@Schema(name = "AssignmentRequest")
public record AssignmentRequest(
    @Pattern(regexp = AssignmentRequest.USERNAME) @Schema(example = "analist.limburg")
        String assignee) {

  /** A user name as Keycloak allows it. */
  static final String USERNAME = "[A-Za-z0-9._@-]{1,100}";
}
