package nl.waakzaam.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Staff steps done by the tests in the database the way the triage service does them: a status
 * change with its history event, a message to the reporter. For the browser journeys, which have no
 * staff token; the API for asking and informing is tested on its own ({@code TriageActionsIT}).
 * Never an endpoint in the product.
 */
public final class StaffStandIn {

  private StaffStandIn() {}

  /** Moves the signal through {@code statuses}, one history event each. */
  public static void move(String reference, String... statuses) throws SQLException {
    try (Connection c = TestDatabase.get().connect()) {
      String from = status(c, reference);
      for (String to : statuses) {
        try (PreparedStatement history =
                c.prepareStatement(
                    "insert into signal_status_change (id, signal_id, sequence_number, from_status,"
                        + " to_status, occurred_at, actor_type, actor_id, reason) select"
                        + " gen_random_uuid(), s.id, (select count(*) from signal_status_change h"
                        + " where h.signal_id = s.id), ?, ?, now(), 'STAFF', 'analyst-test',"
                        + " 'internal note' from signal s where s.reference = ?");
            PreparedStatement status =
                c.prepareStatement(
                    "update signal set status = ?, version = version + 1 where reference = ?")) {
          history.setString(1, from);
          history.setString(2, to);
          history.setString(3, reference);
          history.executeUpdate();
          status.setString(1, to);
          status.setString(2, reference);
          status.executeUpdate();
        }
        from = to;
      }
    }
  }

  /** Staff ask the reporter a question: the signal then waits for the reporter. */
  public static void ask(String reference, String question) throws SQLException {
    move(reference, "IN_TRIAGE", "AWAITING_REPORTER");
    write(reference, "QUESTION", question);
  }

  /** Staff tell the reporter something, without waiting for an answer. */
  public static void inform(String reference, String text) throws SQLException {
    write(reference, "INFORMATION", text);
  }

  private static void write(String reference, String kind, String text) throws SQLException {
    try (Connection c = TestDatabase.get().connect();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into signal_message (id, signal_id, sequence_number, author, kind, body,"
                    + " staff_subject, created_at) select gen_random_uuid(), s.id, (select"
                    + " count(*) + 1 from signal_message m where m.signal_id = s.id), 'STAFF', ?,"
                    + " ?, 'analyst-test', now() from signal s where s.reference = ?")) {
      insert.setString(1, kind);
      insert.setString(2, text);
      insert.setString(3, reference);
      if (insert.executeUpdate() != 1) {
        throw new IllegalStateException("No signal " + reference);
      }
    }
  }

  private static String status(Connection c, String reference) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("select status from signal where reference = ?")) {
      query.setString(1, reference);
      try (ResultSet rs = query.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No signal " + reference);
        }
        return rs.getString(1);
      }
    }
  }
}
