package nl.waakzaam.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.waakzaam.shared.config.DataSourceName;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Defines the application's PostgreSQL pool and brings the schema up to date with Flyway before the
 * application takes a request: Flyway alone owns the schema.
 *
 * <p>The pool is configured from MicroProfile Config, that is from system properties or the
 * environment ({@code WAAKZAAM_DB_URL}, {@code WAAKZAAM_DB_USER}, {@code WAAKZAAM_DB_PASSWORD}).
 * Payara resolves these expressions before the WAR's own configuration file is read, so the
 * defaults are written here; a unit test holds them equal to {@code Setting}'s.
 */
@DataSourceDefinition(
    name = DatabaseSchema.DATA_SOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=waakzaam.db.url:jdbc:postgresql://localhost:5432/waakzaam}",
    user = "${MPCONFIG=waakzaam.db.user:waakzaam}",
    password = "${MPCONFIG=waakzaam.db.password:}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // A statement that hangs must not hold a request thread forever (seconds).
      "socketTimeout=60",
      // A server error's detail ("Failing row contains (...)") quotes the row: reporter content.
      "logServerErrorDetail=false",
      // A connection broken by a database restart is replaced, not handed to a request: one that
      // lay unused for two seconds is checked with a query before it is handed out (pgjdbc answers
      // a meta-data check without asking the server, so it would find nothing), and one that fails
      // the check clears the whole pool. Under load connections are in use far more often than
      // that, so the check costs nothing then.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSchema {

  public static final String DATA_SOURCE = DataSourceName.WAAKZAAM;

  private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @Inject private Settings settings;

  /**
   * Migrates as the schema's owner when one is configured, and grants the application's own role
   * (the pool's user) only what it needs: it can then not alter the audit trail. Where migrating is
   * the deployment's separate step ({@code WAAKZAAM_DB_MIGRATE_AT_START=false}), only checks that
   * the step has run: an application on an older schema does not start.
   */
  @PostConstruct
  void migrate() {
    String applicationRole = settings.text(Setting.DB_USER);
    if (!Boolean.parseBoolean(settings.text(Setting.DB_MIGRATE_AT_START).strip())) {
      SchemaMigration.requireUpToDate(dataSource, applicationRole);
      LOG.info("Database schema up to date (migrated by the deployment's migrate step)");
      return;
    }
    String owner = settings.text(Setting.DB_OWNER_USER);
    MigrateResult result =
        SchemaMigration.migrate(
            owner.isBlank() ? dataSource : ownerDataSource(owner), applicationRole);
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  private DataSource ownerDataSource(String owner) {
    PGSimpleDataSource owned = new PGSimpleDataSource();
    owned.setURL(settings.text(Setting.DB_URL));
    owned.setUser(owner);
    owned.setPassword(settings.text(Setting.DB_OWNER_PASSWORD));
    return owned;
  }
}
