package nl.waakzaam.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import nl.waakzaam.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrate step of a deployment, apart from the application: on an empty database of a schema
 * owner that is no superuser, it builds the schema and grants the application's role its rights;
 * run again it changes nothing; and a serving application that may not migrate starts only once it
 * has run.
 */
class MigrationCommandIT {

  private static final String DATABASE = "waakzaam_migrate_it";

  @Test
  void theMigrateStepBuildsTheSchemaAsItsOwnerAndTheServingApplicationOnlyChecksIt()
      throws SQLException {
    String url = TestDatabase.get().freshDatabase(DATABASE);
    Map<String, String> environment =
        Map.of(
            "WAAKZAAM_DB_URL", url,
            "WAAKZAAM_DB_USER", TestDatabase.NAME,
            "WAAKZAAM_DB_OWNER_USER", TestDatabase.OWNER);
    PGSimpleDataSource application = new PGSimpleDataSource();
    application.setURL(url);
    application.setUser(TestDatabase.NAME);

    IllegalStateException before =
        assertThrows(
            IllegalStateException.class,
            () -> SchemaMigration.requireUpToDate(application, TestDatabase.NAME),
            "an application on an empty database does not start");
    assertTrue(before.getMessage().contains("migrate step"), before.getMessage());

    String first = MigrationCommand.run(environment);
    String again = MigrationCommand.run(environment);

    assertTrue(first.matches(".*at version \\d+ \\(\\d+ migrations applied now\\)"), first);
    assertTrue(again.endsWith("(0 migrations applied now)"), again);
    assertDoesNotThrow(() -> SchemaMigration.requireUpToDate(application, TestDatabase.NAME));
    try (Connection app = DriverManager.getConnection(url, TestDatabase.NAME, "");
        Statement s = app.createStatement()) {
      assertEquals(0, count(s, "select count(*) from signal"), "the role reads signals");
      SQLException drop =
          assertThrows(SQLException.class, () -> s.execute("drop table audit_record"));
      assertEquals("42501", drop.getSQLState(), "but owns nothing");
    }
  }

  @Test
  void theApplicationsRoleMayNotBeTheOwner() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MigrationCommand.run(
                    Map.of(
                        "WAAKZAAM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/x",
                        "WAAKZAAM_DB_USER", "waakzaam",
                        "WAAKZAAM_DB_OWNER_USER", "waakzaam")));
    assertTrue(refused.getMessage().contains("the same"), refused.getMessage());
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
