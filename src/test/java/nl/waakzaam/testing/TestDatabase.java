package nl.waakzaam.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.waakzaam.devstack.EmbeddedDatabase;

/**
 * The PostgreSQL the integration tests run against, decided once per test run: the server on
 * 127.0.0.1:5432 when one answers (as on CI, trust authentication), else an embedded server. Either
 * way the tests get a fresh database {@code waakzaam_it}, owned by a login role of the same name,
 * so that every run starts from an empty schema that Flyway builds.
 */
public final class TestDatabase {

  public static final String NAME = "waakzaam_it";

  /**
   * The role that owns the schema and runs the migrations; the application connects as {@link
   * #NAME}.
   */
  public static final String OWNER = "waakzaam_it_owner";

  private static TestDatabase instance;

  private final String jdbcUrl;
  private final String description;
  private final AdminConnections admin;

  /** How to reach the server as its superuser. */
  private interface AdminConnections {
    Connection open() throws SQLException;
  }

  private TestDatabase(String jdbcUrl, String description, AdminConnections admin) {
    this.jdbcUrl = jdbcUrl;
    this.description = description;
    this.admin = admin;
  }

  /**
   * A new, empty database {@code name} on the same server, owned by {@link #OWNER} (which is no
   * superuser), dropped first if it exists; its JDBC URL.
   */
  public String freshDatabase(String name) throws SQLException {
    try (Connection c = admin.open();
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      s.execute("create database " + name + " owner " + OWNER);
    }
    return jdbcUrl.replaceFirst("/" + NAME + "$", "/" + name);
  }

  public static synchronized TestDatabase get() {
    if (instance == null) {
      instance = start();
      System.out.println("[waakzaam] Integration tests use " + instance.description);
    }
    return instance;
  }

  private static TestDatabase start() {
    String serverUrl =
        System.getProperty("waakzaam.test.db.server", "jdbc:postgresql://127.0.0.1:5432/test");
    String adminUser = System.getProperty("waakzaam.test.db.admin", "postgres");
    try (Connection admin = DriverManager.getConnection(serverUrl, adminUser, "")) {
      recreate(admin);
      return new TestDatabase(
          serverUrl.replaceFirst("/[^/]*$", "/" + NAME),
          "the PostgreSQL server at "
              + serverUrl.replaceFirst("/[^/]*$", "")
              + " (database "
              + NAME
              + ")",
          () -> DriverManager.getConnection(serverUrl, adminUser, ""));
    } catch (SQLException noServer) {
      return embedded(serverUrl);
    }
  }

  private static TestDatabase embedded(String serverUrl) {
    try {
      Path data = Files.createTempDirectory("waakzaam-it-pg");
      EmbeddedDatabase server = EmbeddedDatabase.start(data, 0);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      try (Connection admin = server.adminConnection()) {
        recreate(admin);
      }
      return new TestDatabase(
          server.jdbcUrl(NAME),
          "an embedded PostgreSQL on 127.0.0.1:"
              + server.port()
              + " (no server answered at "
              + serverUrl
              + ")",
          server::adminConnection);
    } catch (Exception e) {
      throw new IllegalStateException("No PostgreSQL for the integration tests", e);
    }
  }

  private static void recreate(Connection admin) throws SQLException {
    try (Statement s = admin.createStatement()) {
      s.execute("drop database if exists " + NAME + " with (force)");
      for (String role : new String[] {OWNER, NAME}) {
        try (ResultSet rs =
            s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
          if (!rs.next()) {
            s.execute("create role " + role + " login");
          }
        }
      }
      s.execute("create database " + NAME + " owner " + OWNER);
    }
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String user() {
    return NAME;
  }

  /** A connection as the application's role: what the application itself may do. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, NAME, "");
  }

  /** A connection as the schema's owner, for what the application may not do. */
  public Connection connectAsOwner() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, OWNER, "");
  }

  /** The one number {@code sql} gives, read as the application's role. */
  public long number(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Runs {@code sql} as the owner with the audit trail's append-only triggers off, in one
   * transaction, as only an attacker would: for tests that tamper with the trail (and repair it).
   */
  public void asOwnerWithoutAuditTriggers(String sql) throws SQLException {
    try (Connection c = connectAsOwner();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("alter table audit_record disable trigger user");
      s.execute(sql);
      s.execute("alter table audit_record enable trigger user");
      c.commit();
    }
  }

  /** The number of rows in {@code table}. */
  public long count(String table) {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The number of audit records of {@code action} on the signal {@code reference}. */
  public long auditRecords(String action, String reference) {
    try (Connection c = connect();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "select count(*) from audit_record where action = ? and signal_reference = ?")) {
      s.setString(1, action);
      s.setString(2, reference);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The number of audit records of {@code action} about the region {@code region} as a whole. */
  public long regionAuditRecords(String action, String region) {
    try (Connection c = connect();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "select count(*) from audit_record where action = ? and region = ?"
                    + " and signal_reference is null")) {
      s.setString(1, action);
      s.setString(2, region);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The number of audit records of {@code action} on the signal {@code reference} in {@code
   * region}.
   */
  public long signalAuditRecords(String action, String reference, String region) {
    return count(
        "select count(*) from audit_record where action = ? and signal_reference = ? and region = ?",
        action,
        reference,
        region);
  }

  /** The region the signal {@code reference} belongs to now. */
  public String regionOf(String reference) {
    try (Connection c = connect();
        java.sql.PreparedStatement s =
            c.prepareStatement("select region from signal where reference = ?")) {
      s.setString(1, reference);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String sql, String... parameters) {
    try (Connection c = connect();
        java.sql.PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
