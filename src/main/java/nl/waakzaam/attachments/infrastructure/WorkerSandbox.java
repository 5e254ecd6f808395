package nl.waakzaam.attachments.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Where an inspection worker runs. Always: with an empty environment (the server's secrets, its
 * database password and every {@code WAAKZAAM_*} setting stay out of the process that parses
 * hostile files) and a scratch directory of its own. Where Debian's bubblewrap works: also in
 * namespaces of its own, without network (not even loopback), with a read-only view of the file
 * system but for its scratch directory (the server's own files, its exploded WAR included, can be
 * read, as the worker's classes come from there, but not changed), and ended when the server ends.
 * Whether the namespaces could be had is decided once, by trying, and said once in the log and in
 * {@code /health}.
 */
final class WorkerSandbox {

  private static final Logger LOG = Logger.getLogger(WorkerSandbox.class.getName());

  private static final Path BWRAP = Path.of("/usr/bin/bwrap");

  /**
   * All the worker's environment: a locale, so that text is read the same everywhere. (Inside the
   * sandbox bubblewrap adds {@code PWD}, the worker's own scratch directory.)
   */
  static final Map<String, String> ENVIRONMENT = Map.of("LANG", "C.UTF-8");

  private static volatile WorkerSandbox current;

  private final boolean isolated;
  private final String description;

  private WorkerSandbox(boolean isolated, String description) {
    this.isolated = isolated;
    this.description = description;
  }

  /** The sandbox of this machine, tried at the first call and said once. */
  static WorkerSandbox current() {
    WorkerSandbox sandbox = current;
    if (sandbox == null) {
      synchronized (WorkerSandbox.class) {
        if (current == null) {
          current = tried();
          if (current.isolated) {
            LOG.info("Inspection workers run in a sandbox: " + current.description);
          } else {
            LOG.warning(
                "Inspection workers run WITHOUT a sandbox of their own ("
                    + current.description
                    + "): only their environment is empty. Install bubblewrap and allow user"
                    + " namespaces to isolate them.");
          }
        }
        sandbox = current;
      }
    }
    return sandbox;
  }

  /** Workers with an empty environment only, as where bubblewrap cannot be had. */
  static WorkerSandbox unsandboxed() {
    return new WorkerSandbox(false, "an empty environment only");
  }

  /** Whether workers have namespaces of their own (no network, read-only file system). */
  boolean isolated() {
    return isolated;
  }

  /** What the workers run in, in words for the log and {@code /health}. */
  String description() {
    return description;
  }

  /** A process builder for {@code command}, run in this sandbox with {@code scratch} writable. */
  ProcessBuilder builder(List<String> command, Path scratch) {
    List<String> full = new ArrayList<>();
    if (isolated) {
      full.addAll(bwrap(scratch));
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full);
    if (scratch != null) {
      // Started there, so that the working directory (and PWD) names nothing of the server's.
      builder.directory(scratch.toFile());
    }
    builder.environment().clear();
    builder.environment().putAll(ENVIRONMENT);
    return builder;
  }

  private static List<String> bwrap(Path scratch) {
    List<String> prefix = new ArrayList<>();
    prefix.add(BWRAP.toString());
    prefix.addAll(
        List.of(
            "--unshare-net",
            "--unshare-pid",
            "--unshare-ipc",
            "--unshare-uts",
            "--die-with-parent",
            "--new-session",
            "--clearenv",
            "--ro-bind",
            "/",
            "/",
            "--dev",
            "/dev",
            "--proc",
            "/proc"));
    for (Map.Entry<String, String> variable : ENVIRONMENT.entrySet()) {
      prefix.addAll(List.of("--setenv", variable.getKey(), variable.getValue()));
    }
    if (scratch != null) {
      prefix.addAll(List.of("--bind", scratch.toString(), scratch.toString()));
      prefix.addAll(List.of("--chdir", scratch.toString()));
    }
    prefix.add("--");
    return prefix;
  }

  /** Runs {@code true} in the full sandbox: what works here works for every worker. */
  private static WorkerSandbox tried() {
    if (!Files.isExecutable(BWRAP)) {
      return new WorkerSandbox(false, "bubblewrap is not installed at " + BWRAP);
    }
    try {
      Path scratch = Files.createTempDirectory("waakzaam-sandbox-check-");
      try {
        List<String> command = new ArrayList<>(bwrap(scratch));
        command.add(Path.of("/bin/true").toString());
        Process check =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!check.waitFor(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
          check.destroyForcibly();
          return new WorkerSandbox(false, "bubblewrap did not start within 10 s");
        }
        if (check.exitValue() != 0) {
          return new WorkerSandbox(
              false, "bubblewrap cannot make namespaces here (exit " + check.exitValue() + ")");
        }
        return new WorkerSandbox(
            true,
            "bubblewrap: no network, own process, IPC and host-name namespaces, read-only file"
                + " system but for its scratch directory, empty environment");
      } finally {
        Files.deleteIfExists(scratch);
      }
    } catch (IOException e) {
      return new WorkerSandbox(
          false, "bubblewrap could not be run: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new WorkerSandbox(false, "interrupted while trying bubblewrap");
    }
  }
}
