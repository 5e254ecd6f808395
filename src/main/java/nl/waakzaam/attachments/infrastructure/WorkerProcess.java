package nl.waakzaam.attachments.infrastructure;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.waakzaam.attachments.domain.Inspection;
import nl.waakzaam.attachments.domain.Refusal;

/** One running inspection worker and its pipes. Used by one thread at a time. */
final class WorkerProcess {

  private final Process process;
  private final DataOutputStream requests;
  private final DataInputStream answers;

  /** The worker's own scratch directory: what a parser spools there goes when the worker goes. */
  private final Path scratch;

  private WorkerProcess(Process process, Path scratch) {
    this.process = process;
    this.scratch = scratch;
    this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream()));
  }

  /**
   * Starts a worker and waits until it is ready.
   *
   * @throws IOException when it cannot start or dies before it is ready
   */
  static WorkerProcess start(String classPath, int heapMegabytes, Path tmp, InspectionLimits limits)
      throws IOException {
    return start(
        classPath,
        heapMegabytes,
        tmp,
        InspectionWorker.class.getName(),
        List.of(limits.arguments()),
        WorkerSandbox.current());
  }

  /**
   * Starts {@code mainClass} as a worker in {@code sandbox}, and waits until it says it is ready.
   *
   * @throws IOException when it cannot start or dies before it is ready
   */
  static WorkerProcess start(
      String classPath,
      int heapMegabytes,
      Path tmp,
      String mainClass,
      List<String> arguments,
      WorkerSandbox sandbox)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heapMegabytes + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+UseSerialGC");
    // No performance data file in /tmp, which the sandbox does not let it write.
    command.add("-XX:-UsePerfData");
    command.add("-Djava.awt.headless=true");
    Path scratch = Files.createTempDirectory(tmp, "worker-");
    command.add("-Djava.io.tmpdir=" + scratch);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(arguments);
    // The worker's own messages may quote what it reads: they are not kept.
    Process process =
        sandbox.builder(command, scratch).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    WorkerProcess worker = new WorkerProcess(process, scratch);
    if (worker.answers.read() != InspectionWorker.READY) {
      worker.kill();
      throw new IOException(
          "The inspection worker did not start (exit status "
              + worker.exitValue(Duration.ofSeconds(5))
              + ", class path "
              + classPath.substring(0, Math.min(classPath.length(), 300))
              + ")");
    }
    return worker;
  }

  /** Sends the file and reads the verdict; blocks until the worker answers or dies. */
  Inspection inspect(byte[] content) throws IOException {
    requests.writeInt(content.length);
    requests.write(content);
    requests.flush();
    String type = answers.readUTF();
    if (answers.readByte() == InspectionWorker.REFUSED) {
      return Inspection.refused(type, Refusal.valueOf(answers.readUTF()));
    }
    byte[] text = new byte[answers.readInt()];
    answers.readFully(text);
    byte[] copy = new byte[answers.readInt()];
    answers.readFully(copy);
    return Inspection.accepted(type, copy, new String(text, StandardCharsets.UTF_8));
  }

  /** The process started for the worker (with a sandbox, its launcher), for tests that look. */
  ProcessHandle process() {
    return process.toHandle();
  }

  /** Reads what a probe worker answers to {@code request}: one line of UTF. */
  String ask(String request) throws IOException {
    requests.writeUTF(request);
    requests.flush();
    return answers.readUTF();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Ends the worker and removes its scratch directory: a parse cut short may have left a spooled
   * copy of the file there.
   */
  void kill() {
    process.destroyForcibly();
    exitValue(Duration.ofSeconds(5));
    try (Stream<Path> files = Files.walk(scratch)) {
      files.sorted(Comparator.reverseOrder()).forEach(WorkerProcess::delete);
    } catch (IOException e) {
      // Already gone, or unreadable: nothing more to remove.
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Left for the server's stop; the directory is this user's alone.
    }
  }

  /** The exit status, once the process has ended; -1 if it does not end within {@code wait}. */
  int exitValue(Duration wait) {
    try {
      return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
