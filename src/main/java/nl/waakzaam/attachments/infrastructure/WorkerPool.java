package nl.waakzaam.attachments.infrastructure;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.waakzaam.attachments.domain.Inspection;
import nl.waakzaam.attachments.domain.Refusal;

/**
 * A fixed number of inspection workers: at most that many files are inspected at once, each in a
 * worker process of bounded heap in the machine's {@link WorkerSandbox}, and a worker that passes
 * the time limit is killed (and replaced at the next file). A worker that runs out of memory ends
 * itself; the file is then too complex. A worker is replaced after a bounded number of files, so
 * that nothing one file left in a parser's memory meets many files after it.
 */
final class WorkerPool implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(WorkerPool.class.getName());

  /** The exit status of a JVM that ends itself on {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OUT_OF_MEMORY_EXIT = 3;

  private static final String UNKNOWN_TYPE = "application/octet-stream";

  private final BlockingQueue<Slot> slots;
  private final ExecutorService waiting;
  private final Duration timeLimit;
  private final int heapMegabytes;
  private final InspectionLimits limits;
  private final String classPath;
  private final Path tmp;
  private final int filesPerWorker;

  /** A place for one worker; empty until the first file, or after its worker was killed. */
  private static final class Slot {
    WorkerProcess worker;
    int files;
  }

  /**
   * @param waiting threads that wait for the workers' answers, at least {@code size} of them
   */
  WorkerPool(
      int size,
      Duration timeLimit,
      int heapMegabytes,
      InspectionLimits limits,
      ExecutorService waiting) {
    this(size, timeLimit, heapMegabytes, limits, waiting, Integer.MAX_VALUE);
  }

  /**
   * @param waiting threads that wait for the workers' answers, at least {@code size} of them
   * @param filesPerWorker files a worker inspects before it is replaced
   */
  WorkerPool(
      int size,
      Duration timeLimit,
      int heapMegabytes,
      InspectionLimits limits,
      ExecutorService waiting,
      int filesPerWorker) {
    this.filesPerWorker = filesPerWorker;
    this.slots = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      slots.add(new Slot());
    }
    this.waiting = waiting;
    this.timeLimit = timeLimit;
    this.heapMegabytes = heapMegabytes;
    this.limits = limits;
    this.classPath = classPath();
    this.tmp = privateDirectory();
  }

  /**
   * The verdict on {@code content}; waits for a free worker first.
   *
   * @throws IllegalStateException when no worker can be started, or one fails for a reason that is
   *     not the file's: the caller tries again later
   */
  Inspection inspect(byte[] content) throws InterruptedException {
    Slot slot = slots.take();
    try {
      if (slot.worker == null || !slot.worker.isAlive()) {
        slot.worker = WorkerProcess.start(classPath, heapMegabytes, tmp, limits);
        slot.files = 0;
      }
      WorkerProcess worker = slot.worker;
      Future<Inspection> answer = waiting.submit(() -> worker.inspect(content));
      try {
        Inspection verdict = answer.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        if (++slot.files >= filesPerWorker) {
          worker.kill();
          slot.worker = null;
        }
        return verdict;
      } catch (TimeoutException e) {
        worker.kill();
        slot.worker = null;
        answer.cancel(true);
        LOG.warning("An inspection passed its time limit of " + timeLimit + "; worker killed");
        return Inspection.refused(UNKNOWN_TYPE, Refusal.TIMEOUT);
      } catch (ExecutionException e) {
        return died(slot);
      }
    } catch (IOException e) {
      slot.worker = null;
      throw new IllegalStateException("No inspection worker could be started", e);
    } finally {
      slots.add(slot);
    }
  }

  private Inspection died(Slot slot) throws InterruptedException {
    WorkerProcess worker = slot.worker;
    slot.worker = null;
    worker.kill();
    if (worker.exitValue(Duration.ofSeconds(5)) == OUT_OF_MEMORY_EXIT) {
      LOG.warning("An inspection ran out of memory; the file is refused as too complex");
      return Inspection.refused(UNKNOWN_TYPE, Refusal.TOO_COMPLEX);
    }
    throw new IllegalStateException("The inspection worker ended unexpectedly");
  }

  /** Ends the workers and removes their (then empty) directory. */
  @Override
  public void close() {
    for (Slot slot : slots) {
      if (slot.worker != null) {
        slot.worker.kill();
      }
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      LOG.warning("The inspection directory " + tmp + " could not be removed");
    }
  }

  /**
   * The worker's class path: the WAR's {@code WEB-INF/classes} and {@code WEB-INF/lib} when
   * deployed, the JVM's own class path otherwise (tests).
   */
  static String classPath() {
    try {
      Optional<Path> classes = classesDirectory();
      Optional<Path> lib =
          classes.map(c -> c.getParent().resolve("lib")).filter(Files::isDirectory);
      if (classes.isPresent() && lib.isPresent()) {
        List<String> entries = new ArrayList<>();
        entries.add(classes.get().toString());
        try (Stream<Path> jars = Files.list(lib.get())) {
          jars.filter(j -> j.toString().endsWith(".jar"))
              .sorted()
              .forEach(j -> entries.add(j.toString()));
        }
        return String.join(File.pathSeparator, entries);
      }
      return System.getProperty("java.class.path");
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("The inspection worker's classes cannot be found", e);
    }
  }

  /**
   * The directory the worker's class was loaded from, found from the class file itself: a web
   * container's class loader need not name it as the code source.
   */
  private static Optional<Path> classesDirectory() throws URISyntaxException {
    URL file =
        InspectionWorker.class.getResource(InspectionWorker.class.getSimpleName() + ".class");
    if (file == null || !"file".equals(file.getProtocol())) {
      return Optional.empty();
    }
    Path root = Path.of(file.toURI()).getParent();
    for (int i = 0; i < InspectionWorker.class.getPackageName().split("\\.").length; i++) {
      root = root.getParent();
    }
    return Optional.of(root);
  }

  /** A directory only this user can read, for the parsers' scratch files. */
  private static Path privateDirectory() {
    try {
      return Files.createTempDirectory(
          "waakzaam-inspection-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
