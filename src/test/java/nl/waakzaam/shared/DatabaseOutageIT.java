package nl.waakzaam.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.waakzaam.devstack.EmbeddedDatabase;
import nl.waakzaam.devstack.PayaraMicro;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestPorts;
import nl.waakzaam.testing.arquillian.SharedPayaraMicroContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The database crashes under load, and later the server does: an instance of its own on a
 * PostgreSQL of its own (so that the other tests' database stays up), with signals sent all the
 * while. While the database is away every answer is 201 or 503 with {@code Retry-After} (never 500)
 * and {@code /health/ready} says down; once it is back, the next request succeeds; and every signal
 * that was acknowledged with 201 is in the database after the database's crash-restart and after a
 * {@code kill -9} of the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT extends ApiIntegrationTest {

  private static final String DATABASE = "waakzaam";
  private static final String OWNER = "waakzaam";
  private static final String APPLICATION = "waakzaam_app";

  private static Path data;
  private static int port;
  private static EmbeddedDatabase database;
  private static PayaraMicro server;
  private static Api instance;
  private static volatile boolean killing;

  @BeforeAll
  static void anInstanceOnADatabaseOfItsOwn() throws Exception {
    data = Files.createTempDirectory("waakzaam-outage-pg");
    port = TestPorts.free();
    database = EmbeddedDatabase.start(data, port);
    database.ensureDatabase(DATABASE, OWNER, APPLICATION);
  }

  @AfterAll
  static void stopBoth() {
    if (server != null) {
      server.close();
    }
    if (database != null) {
      database.close();
    }
  }

  private static void startServer() throws Exception {
    server =
        SharedPayaraMicroContainer.startAnother(
            Map.of(
                "WAAKZAAM_DB_URL", database.jdbcUrl(DATABASE),
                "WAAKZAAM_DB_USER", APPLICATION,
                "WAAKZAAM_DB_OWNER_USER", OWNER));
    instance = new Api(new URL(server.baseUrl() + "/"));
  }

  @Test
  @Order(1)
  void aCrashedDatabaseGets503NeverA500AndNoAcknowledgedSignalIsLost() throws Exception {
    startServer();
    Load load = new Load(instance);
    load.start();
    Thread.sleep(2_000);

    crashTheDatabase();
    Thread.sleep(5_000);
    Api.Reply ready = instance.get("health/ready");
    assertEquals(503, ready.status(), "not ready without its database: " + ready);
    assertTrue(ready.body().contains("DOWN"), ready::toString);

    restartTheDatabase();
    awaitReady(instance, Duration.ofSeconds(60));
    load.stop();
    Api.Reply first = submit(instance);

    assertEquals(201, first.status(), "the first request once it is back: " + first);
    assertTrue(load.refused.size() > 0, "some submissions came while the database was away");
    for (Api.Reply refused : load.refused) {
      assertEquals(503, refused.status(), "503, never 500: " + refused);
      assertEquals("urn:waakzaam:problem:database-unavailable", refused.json().getString("type"));
      assertEquals("10", refused.header("Retry-After"));
    }
    assertTrue(load.acknowledged.size() > 0, "some were taken before the crash");
    assertAllStored(load.acknowledged);
    System.out.println(
        "[waakzaam] database crash under load: "
            + load.acknowledged.size()
            + " acknowledged, all stored; "
            + load.refused.size()
            + " answered 503 while it was away");
  }

  @Test
  @Order(2)
  void aKilledServerLosesNoAcknowledgedSignal() throws Exception {
    Load load = new Load(instance);
    load.start();
    Thread.sleep(3_000);

    killing = true;
    server.kill();
    load.stop();

    assertTrue(load.acknowledged.size() > 0, "some were taken before the kill");
    assertAllStored(load.acknowledged);
    System.out.println(
        "[waakzaam] kill -9 of the server under load: "
            + load.acknowledged.size()
            + " acknowledged, all stored");
  }

  /** Submits signals one after the other until stopped, sorting the answers. */
  private static final class Load implements Runnable {
    private final Api api;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<Api.Reply> refused = new CopyOnWriteArrayList<>();
    private final List<String> other = new CopyOnWriteArrayList<>();
    private Thread thread;

    Load(Api api) {
      this.api = api;
    }

    void start() {
      thread = new Thread(this, "outage-load");
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join(Duration.ofSeconds(90).toMillis());
      assertEquals(List.of(), other, () -> "answers other than 201 and 503; " + incidents());
    }

    @Override
    public void run() {
      while (running.get()) {
        try {
          Api.Reply reply = submit(api);
          if (reply.status() == 201) {
            acknowledged.add(reply.json().getString("reference"));
          } else if (reply.status() == 503) {
            refused.add(reply);
          } else {
            other.add(reply.status() + " " + reply.body());
          }
        } catch (RuntimeException connectionGone) {
          // The server was killed: the request had no answer, so nothing was acknowledged.
          if (running.get() && !killing) {
            other.add("no answer: " + connectionGone);
          }
        }
      }
    }
  }

  /** What the server logged of its incidents, for the message of a failed assertion. */
  private static String incidents() {
    try {
      List<String> lines = Files.readAllLines(server.log());
      StringBuilder logged = new StringBuilder("the server logged:");
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("Incident ")) {
          lines
              .subList(i, Math.min(lines.size(), i + 40))
              .forEach(l -> logged.append('\n').append(l));
        }
      }
      return logged.toString();
    } catch (IOException e) {
      return "the server's log is unreadable: " + e;
    }
  }

  private static Api.Reply submit(Api api) {
    return api.post("api/v1/signals", Signals.barnOffer().build());
  }

  /** Kills PostgreSQL and its backends at once (SIGKILL), as a crash would. */
  private static void crashTheDatabase() throws Exception {
    long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
    postmaster.destroyForcibly();
    postmaster.onExit().get();
  }

  /** Starts PostgreSQL again on its data and port; it recovers from the crash by its log. */
  private static void restartTheDatabase() {
    try {
      // Releases the crashed server's lock on its directory; there is nothing left to stop.
      database.close();
    } catch (RuntimeException alreadyGone) {
      // expected: the server is dead
    }
    database = EmbeddedDatabase.start(data, port);
  }

  private static void awaitReady(Api api, Duration timeout) throws InterruptedException {
    Instant until = Instant.now().plus(timeout);
    while (api.get("health/ready").status() != 200) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not ready " + timeout + " after the database came back");
      }
      Thread.sleep(500);
    }
  }

  private static void assertAllStored(Set<String> references) throws SQLException {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl(DATABASE), APPLICATION, "");
        PreparedStatement s =
            c.prepareStatement("select count(*) from signal where reference = any (?)")) {
      s.setArray(1, c.createArrayOf("varchar", references.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(references.size(), rs.getLong(1), "every acknowledged signal is stored");
      }
    }
  }
}
