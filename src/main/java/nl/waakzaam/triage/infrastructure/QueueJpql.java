package nl.waakzaam.triage.infrastructure;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.waakzaam.triage.domain.QueueOrder;
import nl.waakzaam.triage.domain.QueuePosition;
import nl.waakzaam.triage.domain.QueueQuery;
import nl.waakzaam.triage.domain.SlaState;

/**
 * The JPQL of one look at the work queue: the caller's regions, the filters asked for, the order
 * and the keyset condition of the position. Every value is a parameter; the text only ever holds
 * the fixed fragments below. Each order has its index (V1, V7), so the first page reads a page of
 * rows however long the backlog is.
 */
record QueueJpql(String text, Map<String, Object> parameters) {

  private static final String SELECT =
      "select new nl.waakzaam.triage.domain.SignalSummary(s.id, s.reference.value, s.report.kind,"
          + " s.status, s.region, s.report.sector, s.origin.receivedAt, s.handling.priority, s.handling.category, s.handling.assignee.userName,"
          + " s.clock.slaDueAt, s.clock.firstFeedbackAt, s.handling.reporterNewsAt,"
          + " s.report.location.municipality, s.report.location.postcode) from Signal s"
          + " where s.region in :regions";

  /**
   * Whether the signal (the one parameter) names an entity another signal names, or was linked by
   * hand: native SQL through EclipseLink's {@code SQL()}, as linking's tables have no entities. The
   * first by the key index of {@code signal_entity}, the second by the pair's two indexes.
   */
  static final String RELATED =
      "(exists (select 1 from signal_entity e join signal_entity o on o.entity_key = e.entity_key"
          + " and o.entity_type = e.entity_type and o.signal_id <> e.signal_id"
          + " where e.signal_id = ?) or exists (select 1 from signal_link l where l.signal_a = ?"
          + " or l.signal_b = ?))";

  static QueueJpql of(QueueQuery query) {
    StringBuilder text = new StringBuilder(SELECT);
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (!query.statuses().isEmpty()) {
      text.append(" and s.status in :statuses");
      parameters.put("statuses", query.statuses());
    }
    if (!query.kinds().isEmpty()) {
      text.append(" and s.report.kind in :kinds");
      parameters.put("kinds", query.kinds());
    }
    if (!query.sectors().isEmpty()) {
      text.append(" and s.report.sector in :sectors");
      parameters.put("sectors", query.sectors());
    }
    if (!query.priorities().isEmpty()) {
      text.append(" and s.handling.priority in :priorities");
      parameters.put("priorities", query.priorities());
    }
    if (query.unassigned()) {
      text.append(" and s.handling.assignee.userName is null");
    } else if (query.assignee().isPresent()) {
      text.append(" and s.handling.assignee.userName = :assignee");
      parameters.put("assignee", query.assignee().get());
    }
    query.sla().ifPresent(state -> sla(state, query, text, parameters));
    if (query.unreadOnly()) {
      text.append(" and s.handling.reporterNewsAt is not null");
    }
    query.search().ifPresent(words -> search(words, text, parameters));
    if (query.related()) {
      text.append(" and SQL('").append(RELATED).append("', s.id, s.id, s.id)");
    }
    order(query, text, parameters);
    return new QueueJpql(text.toString(), parameters);
  }

  /**
   * The reference, the postcode, the municipality, the address, the description or the account of
   * what happened holds the words, case aside; {@code %} and {@code _} are only themselves. A scan
   * of the caller's regions' rows that the other filters leave: staff search what they handle.
   */
  private static void search(String words, StringBuilder text, Map<String, Object> parameters) {
    String escaped =
        words
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    text.append(" and (lower(s.reference.value) like :words escape '\\'")
        .append(" or lower(s.report.location.postcode) like :words escape '\\'")
        .append(" or lower(s.report.location.municipality) like :words escape '\\'")
        .append(" or lower(s.report.location.address) like :words escape '\\'")
        .append(" or lower(s.report.description) like :words escape '\\'")
        .append(" or lower(s.report.general.whatHappened) like :words escape '\\')");
    parameters.put("words", "%" + escaped + "%");
  }

  private static void sla(
      SlaState state, QueueQuery query, StringBuilder text, Map<String, Object> parameters) {
    var now = query.now().atOffset(ZoneOffset.UTC);
    var soon = query.now().plus(SlaState.DUE_SOON_WINDOW).atOffset(ZoneOffset.UTC);
    switch (state) {
      case OVERDUE -> {
        text.append(" and s.clock.slaDueAt < :now");
        parameters.put("now", now);
      }
      case DUE_SOON -> {
        text.append(" and s.clock.slaDueAt >= :now and s.clock.slaDueAt < :soon");
        parameters.put("now", now);
        parameters.put("soon", soon);
      }
      case ON_TRACK -> {
        text.append(" and s.clock.slaDueAt >= :soon");
        parameters.put("soon", soon);
      }
      case NONE -> text.append(" and s.clock.slaDueAt is null");
    }
  }

  private static void order(QueueQuery query, StringBuilder text, Map<String, Object> parameters) {
    QueueOrder order = query.order();
    String column = order == QueueOrder.DEADLINE ? "s.clock.slaDueAt" : "s.origin.receivedAt";
    String after = order == QueueOrder.NEWEST ? "<" : ">";
    String direction = order == QueueOrder.NEWEST ? "desc" : "asc";
    if (order == QueueOrder.DEADLINE) {
      text.append(" and s.clock.slaDueAt is not null");
    }
    if (query.after().isPresent()) {
      QueuePosition position = query.after().get();
      text.append(" and (")
          .append(column)
          .append(' ')
          .append(after)
          .append(" :at or (")
          .append(column)
          .append(" = :at and s.id ")
          .append(after)
          .append(" :id))");
      parameters.put("at", position.at().atOffset(ZoneOffset.UTC));
      parameters.put("id", position.id());
    }
    text.append(" order by ")
        .append(column)
        .append(' ')
        .append(direction)
        .append(", s.id ")
        .append(direction);
  }
}
