package nl.waakzaam.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A real Keycloak for the run command and the tests: the distribution from Maven Central, unpacked
 * and built once per version into a cache outside the repository, then started from a fresh,
 * hard-linked copy per run with the realm imported. Listens on loopback with a fixed hostname, so
 * that the issuer of its tokens is the URL the application is told.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String REALM = "waakzaam";

  private final Process process;
  private final String baseUrl;
  private final Path log;
  private final Instant started = Instant.now();

  private KeycloakServer(Process process, String baseUrl, Path log) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.log = log;
  }

  /**
   * The built distribution named by the system properties the build sets ({@code
   * waakzaam.keycloak.dist}, {@code .version}, {@code .cache}).
   */
  public static Path builtFromBuildSettings() {
    String version = System.getProperty("waakzaam.keycloak.version", "26.5.6");
    Path cache =
        Path.of(
            System.getProperty(
                "waakzaam.keycloak.cache", System.getProperty("user.home") + "/.cache/waakzaam"));
    Path tarball =
        Path.of(
            System.getProperty(
                "waakzaam.keycloak.dist",
                cache.resolve("keycloak-quarkus-dist-" + version + ".tar.gz").toString()));
    return built(tarball, cache, version);
  }

  /**
   * The realm of the run command and the tests: the production realm with the development additions
   * (demo users and clients) merged in, each confidential client with the secret {@code secretOf}
   * gives for its id.
   */
  public static String realmJson(UnaryOperator<String> secretOf) {
    return DevelopmentRealm.merge(
        productionRealmJson(),
        read(
            System.getProperty(
                "waakzaam.keycloak.realm-additions",
                "keycloak-realm/development/waakzaam-development.json")),
        secretOf);
  }

  /** The realm file of the repository as production imports it: no users, no secrets. */
  public static String productionRealmJson() {
    return read(
        System.getProperty("waakzaam.keycloak.realm", "keycloak-realm/waakzaam-realm.json"));
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("The realm file " + file + " cannot be read", e);
    }
  }

  /**
   * The built distribution of {@code version}, unpacked from {@code tarball} into {@code cache} and
   * augmented ({@code kc.sh build}) the first time; later calls find it ready.
   */
  public static synchronized Path built(Path tarball, Path cache, String version) {
    Path home = cache.resolve("keycloak-" + version);
    Path marker = home.resolve(".waakzaam-built");
    if (Files.exists(marker)) {
      return home;
    }
    try {
      if (!Files.isRegularFile(tarball)) {
        throw new IllegalStateException(
            "Keycloak distribution missing at " + tarball + ": run mvn package");
      }
      Path unpacked = Files.createDirectories(cache.resolve("keycloak-" + version + ".unpacking"));
      deleteTree(unpacked);
      Files.createDirectories(unpacked);
      run(
          List.of(
              "tar", "-xzf", tarball.toString(), "-C", unpacked.toString(), "--strip-components=1"),
          unpacked);
      run(List.of(unpacked.resolve("bin/kc.sh").toString(), "build", "--db=dev-file"), unpacked);
      deleteTree(home);
      Files.move(unpacked, home);
      Files.writeString(marker, "kc.sh build --db=dev-file\n");
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak could not be prepared in " + cache, e);
    }
  }

  /**
   * Starts Keycloak from {@code home} in {@code runDirectory} (emptied first) on {@code port},
   * importing {@code realmJson}.
   */
  public static KeycloakServer start(
      Path home, Path runDirectory, int port, String realmJson, Map<String, String> environment) {
    try {
      deleteTree(runDirectory);
      Path copy = runDirectory.resolve("keycloak");
      linkTree(home, copy);
      Path importDirectory = Files.createDirectories(copy.resolve("data/import"));
      Files.writeString(importDirectory.resolve(REALM + "-realm.json"), realmJson);
      Path log = runDirectory.resolve("keycloak.log");
      String url = "http://127.0.0.1:" + port;
      // Niced: started next to Payara Micro on two cores, Keycloak gives way, and the application
      // is
      // ready as soon as it would be alone; Keycloak follows a few seconds later.
      ProcessBuilder builder =
          new ProcessBuilder(
                  "nice",
                  "-n",
                  "10",
                  copy.resolve("bin/kc.sh").toString(),
                  "start",
                  "--optimized",
                  "--import-realm",
                  "--http-enabled=true",
                  "--http-host=127.0.0.1",
                  "--http-port=" + port,
                  "--hostname=" + url,
                  "--cache=local")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
      builder.environment().putAll(environment);
      return new KeycloakServer(builder.start(), url, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak did not start in " + runDirectory, e);
    }
  }

  /** Waits until the realm answers its discovery document; returns the time since the start. */
  public Duration awaitReady(Duration timeout) {
    return ChildProcesses.awaitReady(
        "Keycloak",
        process,
        started,
        List.of(issuer() + "/.well-known/openid-configuration"),
        () -> false,
        timeout,
        log);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The issuer of the realm's tokens: what the application verifies {@code iss} against. */
  public String issuer() {
    return baseUrl + "/realms/" + REALM;
  }

  public Path log() {
    return log;
  }

  @Override
  public void close() {
    ChildProcesses.stop(process);
  }

  /**
   * A copy of {@code source} whose files are hard links (or copies across file systems), without
   * its {@code data} directory: what Keycloak writes at run time stays in the copy.
   */
  private static void linkTree(Path source, Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path relative = source.relativize(path);
        Path to = target.resolve(relative.toString());
        if (relative.startsWith("data")) {
          continue;
        }
        if (Files.isDirectory(path)) {
          Files.createDirectories(to);
        } else if (!path.getFileName().toString().equals(".waakzaam-built")) {
          try {
            Files.createLink(to, path);
          } catch (UnsupportedOperationException | IOException noLink) {
            if (noLink instanceof FileAlreadyExistsException) {
              throw noLink;
            }
            Files.copy(path, to);
          }
          to.toFile().setExecutable(path.toFile().canExecute());
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      List<Path> all = new ArrayList<>(paths.toList());
      java.util.Collections.reverse(all);
      for (Path p : all) {
        Files.delete(p);
      }
    }
  }

  private static void run(List<String> command, Path directory) throws IOException {
    Path log = directory.resolveSibling(directory.getFileName() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    try {
      int exit = builder.start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed (" + exit + "); see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
    }
  }
}
