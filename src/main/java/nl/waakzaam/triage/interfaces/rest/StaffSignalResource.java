package nl.waakzaam.triage.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.StrictJsonBinder;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.triage.application.SignalDossier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One signal, in full, for staff of its region. Every look is audited. */
@Tag(name = "Triage")
@Path("signals/{reference}")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class StaffSignalResource {

  static final int MAX_PURPOSE = 500;

  @Inject private SignalDossier dossier;

  @Inject private StaffSignalAssembler assembler;

  @GET
  @RolesAllowed(Permission.Names.SIGNAL_READ)
  @Transactional
  @Operation(operationId = "staffSignal", summary = "A signal of the caller's regions, in full")
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions (the same answer for another region).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public StaffSignalResponse signal(
      @PathParam("reference") String reference, @QueryParam("purpose") String purpose) {
    SignalReference parsed = SignalReference.named(reference);
    return assembler.toResponse(dossier.open(parsed, purpose(purpose)));
  }

  /** Why the signal is opened, if the caller says: kept in the audit trail. */
  static Optional<String> purpose(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String purpose = text.strip();
    if (purpose.length() > MAX_PURPOSE
        || !StrictJsonBinder.isPlainText(purpose)
        || purpose.contains("\n")) {
      throw new InvalidRequestException(Violation.of("purpose", "query.purpose"));
    }
    return Optional.of(purpose);
  }
}
