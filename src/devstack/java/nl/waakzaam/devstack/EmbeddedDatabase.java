package nl.waakzaam.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the binaries on Maven Central (zonky), for a laptop and for tests
 * on a machine without PostgreSQL. Listens on loopback only; runs without fsync, so never for
 * production.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private final EmbeddedPostgres server;

  private EmbeddedDatabase(EmbeddedPostgres server) {
    this.server = server;
  }

  /**
   * Starts a server on {@code port} (0: any free port) with its data in {@code dataDirectory}, kept
   * between starts.
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port) {
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              // zonky turns this off by default: a commit would be acknowledged before its WAL is
              // written, and a crash of the server could lose a signal the reporter was told was
              // received (DatabaseOutageIT found three of 29).
              .setServerConfig("synchronous_commit", "on");
      if (port > 0) {
        builder.setPort(port);
      }
      return new EmbeddedDatabase(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDirectory, e);
    }
  }

  public int port() {
    return server.getPort();
  }

  /** A connection as the superuser, to set up roles and databases. */
  public Connection adminConnection() throws SQLException {
    return server.getPostgresDatabase().getConnection();
  }

  /**
   * Creates, unless they exist, the schema owner and the application's login role, and the database
   * the owner owns.
   */
  public void ensureDatabase(String name, String owner, String applicationRole) {
    try (Connection c = adminConnection();
        Statement s = c.createStatement()) {
      for (String role : new String[] {owner, applicationRole}) {
        if (!exists(s, "select 1 from pg_roles where rolname = '" + role + "'")) {
          s.execute("create role " + role + " login");
        }
      }
      if (!exists(s, "select 1 from pg_database where datname = '" + name + "'")) {
        s.execute("create database " + name + " owner " + owner);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare database " + name, e);
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
  }

  private static boolean exists(Statement s, String query) throws SQLException {
    try (var rs = s.executeQuery(query)) {
      return rs.next();
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
