package nl.waakzaam.triage.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.QueryParameters;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.triage.application.RegionAdministration;
import nl.waakzaam.triage.domain.ServiceLevelFigures;
import nl.waakzaam.triage.domain.StandardText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A region of the caller's: its standard texts and its service levels. */
@Tag(name = "Regions")
@Path("regions/{region}")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class RegionResource {

  static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,50}");

  /** The longest period of the figures: a few years of signals in one pass. */
  static final long MAX_PERIOD_DAYS = 3 * 366;

  /** The period when none is asked: the last 90 days. */
  static final long DEFAULT_PERIOD_DAYS = 90;

  @Inject private RegionAdministration administration;

  @GET
  @Path("texts")
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(summary = "The standard texts of the region (its own and the national ones)")
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<Text> texts(@PathParam("region") String region) {
    return administration.texts(region).stream().map(Text::of).toList();
  }

  @PUT
  @Path("texts/{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.TEXTS_MANAGE)
  @Operation(
      summary = "Store the region's own version of a standard text",
      description = "Replaces the national text of the same key for this region only.")
  @APIResponse(responseCode = "200", description = "Stored.")
  @APIResponse(
      responseCode = "422",
      description = "A bad key, or an empty, long or not plain title or text; nothing stored.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Text saveText(
      @PathParam("region") String region, @PathParam("key") String key, TextRequest request) {
    RequestBody.required(request);
    if (!KEY.matcher(key).matches()) {
      throw new InvalidRequestException(Violation.of("key", "standard-text.key.invalid"));
    }
    return Text.of(
        administration.saveText(region, key, request.purpose(), request.title(), request.body()));
  }

  @GET
  @Path("sla")
  @RolesAllowed(Permission.Names.STATS_READ)
  @Operation(
      summary = "How fast the region's reporters hear back, and how fast staff decide",
      description =
          "Over the signals received from `from` to `to` (both included, default the last 90 days):"
              + " median and 90th percentile of the hours to first feedback and to decision, and"
              + " how many passed their deadline (late, or still waiting).")
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ServiceLevelReport sla(
      @PathParam("region") String region,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    LocalDate end = QueryParameters.date("to", to, administration.today());
    LocalDate start = QueryParameters.date("from", from, end.minusDays(DEFAULT_PERIOD_DAYS - 1));
    if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) >= MAX_PERIOD_DAYS) {
      throw new InvalidRequestException(Violation.of("from", "query.period"));
    }
    ServiceLevelFigures.Figures figures = administration.serviceLevels(region, start, end);
    return new ServiceLevelReport(
        region,
        start,
        end,
        figures.signals(),
        Measure.of(figures.firstFeedback()),
        Measure.of(figures.decision()));
  }

  /** A standard text; {@code region} is empty for a national one. */
  @Schema(name = "StandardText")
  public record Text(String key, String purpose, String title, String body, String region) {
    static Text of(StandardText t) {
      return new Text(
          t.key(),
          t.purpose().name(),
          t.title(),
          t.body(),
          t.region().map(r -> r.slug()).orElse(null));
    }
  }

  /** A region's own version of a standard text. */
  @Schema(name = "StandardTextRequest")
  public record TextRequest(
      @NotNull StandardText.Purpose purpose,
      @NotBlank @Size(max = 100) String title,
      @NotBlank @Size(max = 5000) String body) {}

  /** The service levels of a region over a period. */
  @Schema(name = "ServiceLevels")
  public record ServiceLevelReport(
      String region,
      LocalDate from,
      LocalDate to,
      long signals,
      Measure firstFeedback,
      Measure decision) {}

  /**
   * One promise over the period: every signal met it (by its deadline), missed it (late, or still
   * waiting past it: {@code overdue}, of which {@code overdueStillOpen} still wait) or is still
   * running (waiting, deadline ahead); met + overdue + running = signals. {@code done}: answered at
   * all; the median and 90th percentile are of their hours (empty when none was).
   */
  @Schema(name = "ServiceLevelMeasure")
  public record Measure(
      long met,
      long overdue,
      long overdueStillOpen,
      long running,
      long done,
      Double medianHours,
      Double p90Hours) {
    static Measure of(ServiceLevelFigures.Measure m) {
      return new Measure(
          m.met(),
          m.missed(),
          m.missedStillOpen(),
          m.running(),
          m.done(),
          rounded(m.medianHours()),
          rounded(m.p90Hours()));
    }

    private static Double rounded(OptionalDouble hours) {
      return hours.isPresent() ? Math.round(hours.getAsDouble() * 10) / 10.0 : null;
    }
  }
}
