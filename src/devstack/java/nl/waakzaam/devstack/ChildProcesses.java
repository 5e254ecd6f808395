package nl.waakzaam.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What the servers the dev stack starts as child processes have in common: waiting and stopping.
 */
final class ChildProcesses {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private ChildProcesses() {}

  /**
   * Waits until every URL of {@code readiness} answers 200, and returns the time since {@code
   * started}.
   *
   * @throws IllegalStateException when the process dies, {@code failed} says so, or time runs out
   */
  static Duration awaitReady(
      String name,
      Process process,
      Instant started,
      List<String> readiness,
      BooleanSupplier failed,
      Duration timeout,
      Path log) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting; see " + log);
      }
      if (failed.getAsBoolean()) {
        throw new IllegalStateException(name + " failed to start; see " + log);
      }
      if (readiness.stream().allMatch(ChildProcesses::answers)) {
        return Duration.between(started, Instant.now());
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + name, e);
      }
    }
    throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
  }

  /** A polite SIGTERM, then a kill if the process lingers. */
  static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static boolean answers(String url) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
