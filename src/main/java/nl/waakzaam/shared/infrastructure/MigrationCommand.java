package nl.waakzaam.shared.infrastructure;

import java.util.Map;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrate step of a deployment, run before the application and apart from it, as the schema's
 * owner: the serving application then never holds the owner's password. In the image: {@code java
 * -cp "/opt/waakzaam/classes:/opt/waakzaam/lib/*" nl.waakzaam.shared.infrastructure.
 * MigrationCommand}, with {@code WAAKZAAM_DB_URL}, {@code WAAKZAAM_DB_USER} (the application's
 * role, which is granted its rights), {@code WAAKZAAM_DB_OWNER_USER} and {@code
 * WAAKZAAM_DB_OWNER_PASSWORD}. Exits 0 when the schema is up to date, 1 when it could not be made
 * so.
 */
public final class MigrationCommand {

  private MigrationCommand() {}

  public static void main(String[] arguments) {
    try {
      System.out.println(run(System.getenv()));
    } catch (RuntimeException e) {
      System.err.println("Waakzaam: the migrations failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Migrates as the owner {@code environment} names; returns what was done, in one line. */
  static String run(Map<String, String> environment) {
    String owner = required(environment, "WAAKZAAM_DB_OWNER_USER");
    String application = required(environment, "WAAKZAAM_DB_USER");
    if (owner.equals(application)) {
      throw new IllegalArgumentException(
          "WAAKZAAM_DB_OWNER_USER and WAAKZAAM_DB_USER are the same: the application's role must"
              + " not own the schema");
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(required(environment, "WAAKZAAM_DB_URL"));
    dataSource.setUser(owner);
    dataSource.setPassword(environment.getOrDefault("WAAKZAAM_DB_OWNER_PASSWORD", ""));
    dataSource.setLogServerErrorDetail(false);
    MigrateResult result = SchemaMigration.migrate(dataSource, application);
    return "Waakzaam: database schema at version "
        + result.targetSchemaVersion
        + " ("
        + result.migrationsExecuted
        + " migrations applied now)";
  }

  private static String required(Map<String, String> environment, String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is not set");
    }
    return value;
  }
}
