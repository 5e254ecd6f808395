package nl.waakzaam.attachments.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process that parses hostile files holds none of the server's secrets, and where the machine
 * allows a sandbox, it cannot call out or write outside its scratch directory. Tried on real
 * processes: the inspection worker itself, read through {@code /proc} while it runs, and a probe
 * started by the same launcher in the same sandbox. In CI the sandbox is there ({@code .ci/run}
 * installs bubblewrap), so the second test runs there.
 */
class WorkerSandboxTest {

  /** Set for this JVM by the build (surefire's environment): the server's secret, as it were. */
  private static final String SECRET = "secret-of-the-server-7f3a9c";

  @TempDir Path tmp;

  @Test
  void aWorkerHoldsNoneOfTheServersEnvironment() throws Exception {
    assertEquals(SECRET, System.getenv("WAAKZAAM_SANDBOX_PROBE_SECRET"), "the build sets it");
    WorkerProcess worker =
        WorkerProcess.start(WorkerPool.classPath(), 256, tmp, InspectionLimits.DEFAULTS);
    try {
      // Read while the worker runs, ready for its file; then it inspects one, so it is a worker.
      List<ProcessHandle> processes = withDescendants(worker.process());
      assertFalse(processes.isEmpty());
      for (ProcessHandle process : processes) {
        Map<String, String> environment = environmentOf(process.pid());
        String pwd = environment.remove("PWD");
        assertTrue(
            pwd == null || pwd.startsWith(tmp.toString()),
            "the working directory is the worker's own: " + pwd);
        assertEquals(
            WorkerSandbox.ENVIRONMENT,
            environment,
            "process " + process.pid() + " " + process.info().command().orElse("?"));
        for (String value : environment.values()) {
          assertFalse(value.contains(SECRET));
        }
      }
      assertTrue(worker.inspect("Gewoon een tekst.".getBytes(StandardCharsets.UTF_8)).isAccepted());
    } finally {
      worker.kill();
    }
  }

  @Test
  void inTheSandboxAWorkerCannotCallOutNorWriteOutsideItsScratchDirectory() throws Exception {
    WorkerSandbox sandbox = WorkerSandbox.current();
    if ("true".equals(System.getenv("CI"))) {
      assertTrue(sandbox.isolated(), "CI installs bubblewrap: " + sandbox.description());
    }
    assumeTrue(sandbox.isolated(), "no sandbox on this machine: " + sandbox.description());
    // Not under /tmp, which is the sandbox's own (empty) tmpfs: a file the server could read.
    Path outside =
        Path.of("target")
            .toAbsolutePath()
            .resolve("sandbox-probe-" + ProcessHandle.current().pid());
    Files.deleteIfExists(outside);
    try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      WorkerProcess probe =
          WorkerProcess.start(
              WorkerPool.classPath(), 64, tmp, SandboxProbe.class.getName(), List.of(), sandbox);
      try {
        assertTrue(
            probe.ask("connect " + listener.getLocalPort()).startsWith("refused"),
            "no network in the sandbox");
        assertTrue(probe.ask("write " + outside).startsWith("refused"), "read-only file system");
        assertFalse(Files.exists(outside));
      } finally {
        probe.kill();
      }
      // The same probe without the sandbox reaches both: the test can tell the difference.
      WorkerProcess plain =
          WorkerProcess.start(
              WorkerPool.classPath(),
              64,
              tmp,
              SandboxProbe.class.getName(),
              List.of(),
              WorkerSandbox.unsandboxed());
      try {
        assertEquals("connected", plain.ask("connect " + listener.getLocalPort()));
        assertEquals("written", plain.ask("write " + outside));
      } finally {
        plain.kill();
        Files.deleteIfExists(outside);
      }
    }
  }

  private static List<ProcessHandle> withDescendants(ProcessHandle root) {
    List<ProcessHandle> all = new ArrayList<>();
    all.add(root);
    try (Stream<ProcessHandle> descendants = root.descendants()) {
      descendants.forEach(all::add);
    }
    return all;
  }

  private static Map<String, String> environmentOf(long pid) throws IOException {
    byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
    Map<String, String> environment = new HashMap<>();
    for (String entry : new String(raw, StandardCharsets.UTF_8).split("\0")) {
      if (entry.isEmpty()) {
        continue;
      }
      int equals = entry.indexOf('=');
      environment.put(entry.substring(0, equals), entry.substring(equals + 1));
    }
    return environment;
  }
}
