package nl.waakzaam.testing.arquillian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.waakzaam.devstack.PayaraMicro;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import nl.waakzaam.testing.TestMail;
import nl.waakzaam.testing.TestPorts;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * An Arquillian container that starts Payara Micro once per test run and keeps it for every test
 * class that deploys the same archive: a Payara start costs 10 to 20 seconds, a test class far
 * less. Payara's own managed adapter starts a new Payara Micro for every deployment, that is for
 * every test class. A different archive replaces the running server.
 *
 * <p>Only black-box tests ({@code @Deployment(testable = false)}) are supported: they talk HTTP to
 * the server as any client would.
 */
public class SharedPayaraMicroContainer implements DeployableContainer<PayaraMicroConfiguration> {

  /** Settings of the application under test that differ from the defaults. */
  static final Map<String, String> TEST_SETTINGS =
      Map.ofEntries(
          // Short enough to wait out, long enough for a browser journey on a busy machine.
          Map.entry("WAAKZAAM_FOLLOWUP_IDLE_TIMEOUT", "PT20S"),
          Map.entry("WAAKZAAM_FOLLOWUP_MAX_FAILURES", "5"),
          Map.entry("WAAKZAAM_FOLLOWUP_MAX_FAILURES_TOTAL", "40"),
          Map.entry("WAAKZAAM_FOLLOWUP_FAILURE_WINDOW", "PT5S"),
          // Tests speak for clients of their own through X-Forwarded-For.
          Map.entry("WAAKZAAM_TRUSTED_PROXIES", "127.0.0.1,::1"),
          // The whole run submits and uploads from one address; LimitsAcrossInstancesIT tests the
          // limit.
          Map.entry("WAAKZAAM_INTAKE_MAX_SUBMISSIONS_PER_HOUR", "1000000"),
          Map.entry("WAAKZAAM_ATTACHMENT_MAX_UPLOAD_BYTES_PER_HOUR", "2000000000"),
          Map.entry("WAAKZAAM_API_MAX_BODY_BYTES", "65536"),
          Map.entry("WAAKZAAM_ATTACHMENT_MAX_FILE_BYTES", "5242880"),
          Map.entry("WAAKZAAM_ATTACHMENT_SWEEP_INTERVAL", "PT2S"),
          // Associations send many batches in a run; AssociationLimitsIT tests the limits.
          Map.entry("WAAKZAAM_ASSOCIATION_MAX_BATCHES_PER_MINUTE", "100000"),
          Map.entry("WAAKZAAM_ASSOCIATION_MAX_ITEMS_PER_DAY", "100000000"),
          // Webhooks go to receivers in the test JVM, and are tried again within the test's time.
          Map.entry("WAAKZAAM_WEBHOOK_ALLOW_LOOPBACK", "true"),
          Map.entry("WAAKZAAM_WEBHOOK_FIRST_RETRY", "PT0.2S"),
          Map.entry("WAAKZAAM_WEBHOOK_LONGEST_RETRY", "PT1S"),
          Map.entry("WAAKZAAM_WEBHOOK_TIMEOUT", "PT2S"));

  /** What the running server was started with, for a second instance beside it. */
  private record Deployed(Path war, Path work) {}

  private static PayaraMicroConfiguration configuration;
  private static volatile Deployed deployed;
  private PayaraMicro server;
  private String deployedArchive;
  private ProtocolMetaData metaData;

  @Override
  public Class<PayaraMicroConfiguration> getConfigurationClass() {
    return PayaraMicroConfiguration.class;
  }

  @Override
  public void setup(PayaraMicroConfiguration configuration) {
    SharedPayaraMicroContainer.configuration = configuration;
  }

  /**
   * Starts another Payara Micro with the archive the tests run against, on the same database,
   * Keycloak and mail server, with {@code settings} besides the tests' own: a second instance of
   * the application, as behind a load balancer. The caller closes it.
   */
  public static PayaraMicro startAnother(Map<String, String> settings) {
    Deployed running = deployed;
    if (running == null) {
      throw new IllegalStateException("No test deployment is running to start another beside");
    }
    try {
      int port = TestPorts.free();
      Path work = Files.createDirectories(running.work().resolve("instance-" + port));
      return start(running.war(), work, port, settings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PayaraMicro start(Path war, Path work, int port, Map<String, String> settings) {
    TestKeycloak keycloak = TestKeycloak.starting();
    TestDatabase database = TestDatabase.get();
    PayaraMicro.Options options =
        new PayaraMicro.Options(Path.of(configuration.getPayaraJar()).toAbsolutePath(), war, work)
            .port(port)
            .maxHeap(configuration.getMaxHeap())
            .environment("WAAKZAAM_DB_URL", database.jdbcUrl())
            .environment("WAAKZAAM_DB_USER", database.user())
            // The database trusts loopback; long passwords all the same, so that the tests run
            // the application as production runs it (WAAKZAAM_ENVIRONMENT's default).
            .environment("WAAKZAAM_DB_PASSWORD", TestSecrets.DB_PASSWORD)
            .environment("WAAKZAAM_DB_OWNER_USER", TestDatabase.OWNER)
            .environment("WAAKZAAM_DB_OWNER_PASSWORD", TestSecrets.DB_OWNER_PASSWORD)
            .environment("WAAKZAAM_OIDC_ISSUER", keycloak.issuer())
            .environment("WAAKZAAM_RECEIPT_SECRET", TestSecrets.RECEIPT_SECRET)
            .environment("WAAKZAAM_ATTACHMENT_MASTER_KEY", TestSecrets.ATTACHMENT_MASTER_KEY)
            .environment("WAAKZAAM_AUDIT_KEY", TestSecrets.AUDIT_KEY);
    TEST_SETTINGS.forEach(options::environment);
    TestMail.get().settings().forEach(options::environment);
    settings.forEach(options::environment);
    PayaraMicro server = PayaraMicro.start(options);
    try {
      Duration ready =
          server.awaitReady(Duration.ofSeconds(configuration.getStartupTimeoutSeconds()));
      System.out.println(
          "[waakzaam] Payara Micro ready on port " + port + " in " + ready.toMillis() + " ms");
      return server;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  @Override
  public void start() {
    // Payara Micro starts with its archive, at the first deployment.
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public ProtocolDescription getDefaultProtocol() {
    return new ProtocolDescription("Local");
  }

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (server != null && server.isAlive() && archive.getName().equals(deployedArchive)) {
      return metaData;
    }
    stop();
    try {
      Path work =
          Files.createDirectories(Path.of(configuration.getWorkDirectory()).toAbsolutePath());
      Path war = work.resolve(archive.getName());
      archive.as(ZipExporter.class).exportTo(war.toFile(), true);
      int port = TestPorts.application();
      server = start(war, work, port, Map.of());
      deployed = new Deployed(war, work);
      deployedArchive = archive.getName();
      HTTPContext http = new HTTPContext("127.0.0.1", port);
      http.add(new Servlet("waakzaam", ""));
      metaData = new ProtocolMetaData().addContext(http);
      return metaData;
    } catch (IOException | RuntimeException e) {
      stop();
      throw new DeploymentException("Payara Micro did not start with " + archive.getName(), e);
    }
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // Kept deployed for the next test class; stopped with the container at the end of the run.
  }

  @Override
  public void deploy(Descriptor descriptor) {
    throw new UnsupportedOperationException("Descriptors are not deployed");
  }

  @Override
  public void undeploy(Descriptor descriptor) {
    throw new UnsupportedOperationException("Descriptors are not deployed");
  }
}
