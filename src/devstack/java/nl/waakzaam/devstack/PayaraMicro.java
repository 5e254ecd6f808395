package nl.waakzaam.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the Waakzaam WAR as a child process: the same command line for the run
 * command, the benchmark and the integration tests. Binds to one address (loopback unless told
 * otherwise), without Hazelcast clustering, phone-home or server banners.
 */
public final class PayaraMicro implements AutoCloseable {

  private final Process process;
  private final String baseUrl;
  private final Path log;
  private final Instant started = Instant.now();

  private PayaraMicro(Process process, String baseUrl, Path log) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.log = log;
  }

  /** What to start and how. */
  public static final class Options {
    private final Path jar;
    private final Path war;
    private final Path workDirectory;
    private String host = "127.0.0.1";
    private int port = 8080;
    private String maxHeap = "512m";
    private final Map<String, String> environment = new LinkedHashMap<>();

    public Options(Path jar, Path war, Path workDirectory) {
      this.jar = jar;
      this.war = war;
      this.workDirectory = workDirectory;
    }

    public Options host(String host) {
      this.host = host;
      return this;
    }

    public Options port(int port) {
      this.port = port;
      return this;
    }

    public Options maxHeap(String maxHeap) {
      this.maxHeap = maxHeap;
      return this;
    }

    /** Environment of the server process, on top of this process's own. */
    public Options environment(String name, String value) {
      environment.put(name, value);
      return this;
    }
  }

  /**
   * Names Jakarta JSON Processing's provider, so that {@code Json.create...} does not look it up
   * with a ServiceLoader over every jar of the WAR on each call: Payara's JWT validation makes
   * three such calls per request, a fifth of the CPU of a staff request with the WAR's hundred
   * jars.
   */
  public static final String JSON_PROVIDER =
      "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

  public static PayaraMicro start(Options o) {
    try {
      requireFile(o.jar, "Payara Micro");
      requireFile(o.war, "the Waakzaam WAR");
      Path tmp = Files.createDirectories(o.workDirectory.resolve("tmp"));
      Path preboot = o.workDirectory.resolve("preboot.asadmin");
      Files.writeString(preboot, prebootCommands(o.host));
      Path log = o.workDirectory.resolve("payara.log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx" + o.maxHeap);
      command.add("-Djava.io.tmpdir=" + tmp);
      command.add(JSON_PROVIDER);
      command.addAll(
          List.of(
              "-jar",
              o.jar.toString(),
              "--deploy",
              o.war.toString(),
              "--port",
              Integer.toString(o.port),
              "--nohazelcast",
              "--disablephonehome",
              "--prebootcommandfile",
              preboot.toString()));
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
      builder.environment().putAll(o.environment);
      String host = o.host.equals("0.0.0.0") ? "localhost" : o.host;
      return new PayaraMicro(builder.start(), "http://" + host + ":" + o.port, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Payara Micro did not start", e);
    }
  }

  /**
   * Waits until the application answers and reports ready (database reachable, schema migrated);
   * returns the time since the server was started.
   *
   * @throws IllegalStateException when the server dies, fails to deploy, or is not ready in time
   */
  public Duration awaitReady(Duration timeout) {
    return ChildProcesses.awaitReady(
        "Payara Micro",
        process,
        started,
        List.of(baseUrl + "/api/v1", baseUrl + "/health/ready"),
        this::deploymentFailed,
        timeout,
        log);
  }

  /** Payara Micro keeps running when the application fails to deploy; its log says so. */
  private boolean deploymentFailed() {
    try {
      String text = Files.readString(log);
      return text.contains("Exception during lifecycle processing")
          || text.contains("Exception while loading the app");
    } catch (IOException e) {
      return false;
    }
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Kills the server at once (SIGKILL), as a crash would: no shutdown of any kind. */
  public void kill() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor();
  }

  /** Stops the server: a polite SIGTERM, then a kill if it lingers. */
  @Override
  public void close() {
    ChildProcesses.stop(process);
  }

  /**
   * The pre-boot commands of {@code docker/payara-preboot.asadmin} (the same the image uses: no
   * banners, room for large tokens), plus the address to listen on.
   */
  static String prebootCommands(String host) throws IOException {
    Path shared =
        Path.of(System.getProperty("waakzaam.payara.preboot", "docker/payara-preboot.asadmin"));
    return Files.readString(shared)
        + "set configs.config.server-config.network-config.network-listeners.network-listener"
        + ".http-listener.address="
        + host
        + "\n";
  }

  private static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(what + " is missing at " + file + ": run mvn package first");
    }
  }
}
