package nl.waakzaam.shared.infrastructure;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema's migrations, the one way Flyway is configured: run as the schema's owner, by the
 * migrate step of a deployment ({@link MigrationCommand}) or, on a laptop and in the tests, by the
 * application at start ({@link DatabaseSchema}); checked by a serving application that may not
 * migrate, as its own role.
 */
final class SchemaMigration {

  private SchemaMigration() {}

  /** Brings the schema up to date as its owner; grants {@code applicationRole} what it needs. */
  static MigrateResult migrate(DataSource owner, String applicationRole) {
    return flyway(owner, applicationRole).migrate();
  }

  /**
   * @throws IllegalStateException when migrations are waiting: the migrate step has not run for
   *     this version of the application
   */
  static void requireUpToDate(DataSource application, String applicationRole) {
    try {
      flyway(application, applicationRole).validate();
    } catch (FlywayException e) {
      throw new IllegalStateException(
          "The database schema is not the one this version of Waakzaam needs: run the migrate step"
              + " first (docker compose run --rm migrate). Flyway says: "
              + e.getMessage(),
          e);
    }
  }

  private static Flyway flyway(DataSource dataSource, String applicationRole) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(Map.of("app_role", applicationRole))
        .load();
  }
}
