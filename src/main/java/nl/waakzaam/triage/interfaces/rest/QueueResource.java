package nl.waakzaam.triage.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.QueryParameters;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalStatus;
import nl.waakzaam.triage.application.WorkQueue;
import nl.waakzaam.triage.domain.QueueOrder;
import nl.waakzaam.triage.domain.QueueQuery;
import nl.waakzaam.triage.domain.SignalSummary;
import nl.waakzaam.triage.domain.SlaState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The work queue: signals of the caller's regions, filtered and sorted as asked, keyset-paginated,
 * with the counts per status.
 */
@Tag(name = "Triage")
@Path("triage")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class QueueResource {

  static final int MAX_LIMIT = 100;

  /** {@code related=true} asks for signals with related ones; absent or {@code false}, for all. */
  private static boolean onlyRelated(String related) {
    return flag("related", related);
  }

  /** A yes-or-no parameter: {@code true}, or absent or {@code false}. */
  private static boolean flag(String name, String value) {
    if (value == null || value.isBlank() || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new InvalidRequestException(Violation.of(name, "query.related"));
  }

  /** At most this many characters of search words. */
  static final int MAX_SEARCH = 100;

  private static Optional<String> search(String q) {
    if (q != null && q.strip().length() > MAX_SEARCH) {
      throw new InvalidRequestException(
          new Violation(
              "q",
              "jakarta.validation.constraints.Size.message",
              java.util.Map.of("min", 0, "max", MAX_SEARCH)));
    }
    return Optional.ofNullable(q);
  }

  /** A user name as Keycloak allows it, or {@code me}, or {@code none} for unassigned. */
  static final Pattern USERNAME = Pattern.compile(AssignmentRequest.USERNAME);

  @Inject private WorkQueue queue;

  @GET
  @Path("queue")
  @RolesAllowed(Permission.Names.SIGNAL_READ)
  @Operation(summary = "The work queue of the caller's regions")
  public QueuePage page(
      @QueryParam("status")
          @Parameter(
              description =
                  "Statuses, repeated or comma-separated; `open` stands for every status in"
                      + " which staff still handle a signal")
          List<String> status,
      @QueryParam("kind") List<String> kind,
      @QueryParam("sector") List<String> sector,
      @QueryParam("priority") List<String> priority,
      @QueryParam("assignee")
          @Parameter(description = "A user name, `me`, or `none` for signals of no one")
          String assignee,
      @QueryParam("sla") @Parameter(description = "OVERDUE, DUE_SOON, ON_TRACK or NONE") String sla,
      @QueryParam("related")
          @Parameter(
              description =
                  "`true`: only signals with related signals (an entity another signal names,"
                      + " or a link by hand), in any region")
          String related,
      @QueryParam("sort")
          @DefaultValue("newest")
          @Parameter(description = "newest, oldest, deadline")
          String sort,
      @QueryParam("q")
          @Parameter(
              description =
                  "Words the reference, postcode, municipality, address, description or account"
                      + " of what happened holds, case aside; at most 100 characters")
          String q,
      @QueryParam("unread")
          @Parameter(description = "`true`: only signals whose reporter wrote something new")
          String unread,
      @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("50") String limit) {
    QueueOrder order = QueryParameters.choice("sort", sort, QueueOrder.class);
    Optional<String> who =
        Optional.ofNullable(assignee).map(String::trim).filter(a -> !a.isEmpty());
    if (who.isPresent() && !USERNAME.matcher(who.get()).matches()) {
      throw new InvalidRequestException(Violation.of("assignee", "query.assignee"));
    }
    boolean unassigned = who.filter("none"::equals).isPresent();
    QueueQuery query =
        new QueueQuery(
            statuses(status),
            QueryParameters.choices("kind", kind, SignalKind.class),
            QueryParameters.choices("sector", sector, Sector.class),
            QueryParameters.choices("priority", priority, Priority.class),
            unassigned ? Optional.empty() : who,
            unassigned,
            Optional.ofNullable(sla)
                .filter(s -> !s.isBlank())
                .map(s -> QueryParameters.choice("sla", s, SlaState.class)),
            onlyRelated(related),
            order,
            QueueCursor.decode(after, order),
            QueryParameters.limit(limit, MAX_LIMIT),
            queue.now(),
            search(q),
            flag("unread", unread));
    WorkQueue.Page page = queue.page(query);
    Instant now = query.now();
    return new QueuePage(
        page.items().stream().map(s -> QueueItem.of(s, now)).toList(),
        page.next().map(QueueCursor::encode).orElse(null),
        page.counts().entrySet().stream()
            .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)));
  }

  @GET
  @Path("staff")
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(
      summary = "Colleagues a signal can be assigned to",
      description =
          "Staff with triage rights in the caller's regions who opened the queue before, by user"
              + " name.")
  public Set<String> colleagues() {
    return new TreeSet<>(queue.colleagues());
  }

  /**
   * A page of the queue; {@code next} is the {@code after} of the following page, if any; {@code
   * counts} holds the signals of the caller's regions per status, whatever the filter.
   */
  public record QueuePage(List<QueueItem> items, String next, Map<String, Long> counts) {}

  /**
   * A signal in the queue: what it is, where, who handles it and how its clock stands, without its
   * content. {@code deadline} is the one that counts now (first feedback, then decision).
   */
  public record QueueItem(
      String reference,
      String kind,
      String status,
      String region,
      String sector,
      Instant receivedAt,
      String priority,
      String category,
      String assignee,
      String deadlineKind,
      Instant deadline,
      String sla,
      boolean unread,
      @Schema(
              description = "The municipality, or else the postcode, as given.",
              example = "Maastricht")
          String place) {

    static QueueItem of(SignalSummary s, Instant now) {
      return new QueueItem(
          s.reference(),
          s.kind().name(),
          s.status().name(),
          s.region().name(),
          s.sector().name(),
          s.receivedAt(),
          s.priority().name(),
          s.category().map(Enum::name).orElse(null),
          s.assignee().orElse(null),
          s.slaDueAt().isEmpty() ? null : s.firstFeedbackGiven() ? "DECISION" : "FIRST_FEEDBACK",
          s.slaDueAt().orElse(null),
          SlaState.of(s.slaDueAt(), now).name(),
          s.unread(),
          s.place().orElse(null));
    }
  }

  /** The statuses asked for, with {@code open} read as the open statuses of the status table. */
  private static Set<SignalStatus> statuses(List<String> texts) {
    List<String> named = new ArrayList<>();
    for (String text : texts == null ? List.<String>of() : texts) {
      for (String part : text.split(",")) {
        if (part.trim().equalsIgnoreCase("open")) {
          Arrays.stream(SignalStatus.values())
              .filter(SignalStatus::isOpen)
              .forEach(open -> named.add(open.name()));
        } else {
          named.add(part);
        }
      }
    }
    return QueryParameters.choices("status", named, SignalStatus.class);
  }
}
