package nl.waakzaam.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The run command ({@code mvn -Prun}): starts the whole platform on this machine and stays in the
 * foreground until stopped (Ctrl-C or SIGTERM), then stops everything it started.
 *
 * <ul>
 *   <li>PostgreSQL: the embedded server with its data in {@code ~/.waakzaam/dev/pgdata}, unless
 *       {@code WAAKZAAM_DB_URL} points at an existing one;
 *   <li>the development secrets, generated once and kept in {@code ~/.waakzaam/dev};
 *   <li>Keycloak with the realm of {@code keycloak-realm/}, on {@code WAAKZAAM_KEYCLOAK_PORT}
 *       (8180), unless {@code WAAKZAAM_OIDC_ISSUER} names another;
 *   <li>a mail server that keeps the notices to reporters, with a page to read them, unless {@code
 *       WAAKZAAM_SMTP_HOST} names a real one;
 *   <li>Payara Micro with the WAR, on {@code WAAKZAAM_HTTP_PORT} (8080);
 *   <li>three demonstration signals, whose receipt codes it prints.
 * </ul>
 */
public final class DevStack {

  private DevStack() {}

  public static void main(String[] args) throws InterruptedException {
    Path home =
        Path.of(env("WAAKZAAM_DEV_HOME", System.getProperty("user.home") + "/.waakzaam/dev"));
    Path work = Path.of(System.getProperty("waakzaam.devstack.work-dir", "target/run"));
    Path war = Path.of(System.getProperty("waakzaam.devstack.war", "target/waakzaam.war"));
    Path jar =
        Path.of(
            System.getProperty("waakzaam.devstack.payara-jar", "target/payara/payara-micro.jar"));
    int port = Integer.parseInt(env("WAAKZAAM_HTTP_PORT", "8080"));
    String host = env("WAAKZAAM_HTTP_HOST", "127.0.0.1");

    PayaraMicro.Options options = new PayaraMicro.Options(jar, war, work).host(host).port(port);
    Path secretsFile = home.resolve("secrets.properties");
    Properties secrets = DevSecrets.loadOrCreate(secretsFile);
    String realm =
        KeycloakServer.realmJson(client -> DevSecrets.clientSecret(secretsFile, secrets, client));
    for (String secret :
        List.of(
            DevSecrets.RECEIPT_SECRET, DevSecrets.ATTACHMENT_MASTER_KEY, DevSecrets.AUDIT_KEY)) {
      if (System.getenv(secret) == null) {
        options.environment(secret, secrets.getProperty(secret));
      }
    }

    KeycloakServer keycloak = null;
    String issuer = System.getenv("WAAKZAAM_OIDC_ISSUER");
    if (issuer == null) {
      int keycloakPort = Integer.parseInt(env("WAAKZAAM_KEYCLOAK_PORT", "8180"));
      System.out.println(
          "Waakzaam: preparing Keycloak (the first time this unpacks and builds it)");
      keycloak =
          KeycloakServer.start(
              KeycloakServer.builtFromBuildSettings(),
              work.resolve("keycloak"),
              keycloakPort,
              realm,
              Map.of(
                  "KC_BOOTSTRAP_ADMIN_USERNAME",
                  "admin",
                  "KC_BOOTSTRAP_ADMIN_PASSWORD",
                  secrets.getProperty(DevSecrets.KEYCLOAK_ADMIN_PASSWORD)));
      issuer = keycloak.issuer();
      options.environment("WAAKZAAM_OIDC_ISSUER", issuer);
    }

    DevMailbox mailbox = null;
    if (System.getenv("WAAKZAAM_SMTP_HOST") == null) {
      mailbox =
          DevMailbox.start(
              Integer.parseInt(env("WAAKZAAM_DEV_SMTP_PORT", "3025")),
              Integer.parseInt(env("WAAKZAAM_DEV_MAIL_PORT", "8025")));
      options
          .environment("WAAKZAAM_SMTP_HOST", "127.0.0.1")
          .environment("WAAKZAAM_SMTP_PORT", String.valueOf(mailbox.smtpPort()))
          .environment("WAAKZAAM_SMTP_STARTTLS", "false")
          .environment("WAAKZAAM_MAIL_FROM", "noreply@waakzaam.localhost");
    }
    options.environment(
        "WAAKZAAM_PUBLIC_URL", env("WAAKZAAM_PUBLIC_URL", "http://localhost:" + port));
    // A laptop: empty database passwords on loopback, demo accounts (the production checks stay
    // off).
    options.environment("WAAKZAAM_ENVIRONMENT", env("WAAKZAAM_ENVIRONMENT", "development"));
    // On a laptop a webhook receiver runs on the same machine.
    options.environment(
        "WAAKZAAM_WEBHOOK_ALLOW_LOOPBACK", env("WAAKZAAM_WEBHOOK_ALLOW_LOOPBACK", "true"));

    EmbeddedDatabase database = null;
    String databaseDescription;
    if (System.getenv("WAAKZAAM_DB_URL") == null) {
      int dbPort = Integer.parseInt(env("WAAKZAAM_DEV_DB_PORT", "5433"));
      database = EmbeddedDatabase.start(home.resolve("pgdata"), dbPort);
      database.ensureDatabase("waakzaam", "waakzaam", "waakzaam_app");
      options
          .environment("WAAKZAAM_DB_URL", database.jdbcUrl("waakzaam"))
          .environment("WAAKZAAM_DB_USER", "waakzaam_app")
          .environment("WAAKZAAM_DB_PASSWORD", "")
          .environment("WAAKZAAM_DB_OWNER_USER", "waakzaam")
          .environment("WAAKZAAM_DB_OWNER_PASSWORD", "");
      databaseDescription =
          "embedded PostgreSQL on 127.0.0.1:" + dbPort + ", data in " + home.resolve("pgdata");
    } else {
      databaseDescription = System.getenv("WAAKZAAM_DB_URL");
    }

    PayaraMicro payara = PayaraMicro.start(options);
    EmbeddedDatabase startedDatabase = database;
    KeycloakServer startedKeycloak = keycloak;
    DevMailbox startedMailbox = mailbox;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Waakzaam: stopping.");
                  payara.close();
                  if (startedKeycloak != null) {
                    startedKeycloak.close();
                  }
                  if (startedDatabase != null) {
                    startedDatabase.close();
                  }
                  if (startedMailbox != null) {
                    startedMailbox.close();
                  }
                }));

    System.out.println("Waakzaam: starting Payara Micro (log: " + payara.log() + ")");
    Duration ready = payara.awaitReady(Duration.ofMinutes(3));
    if (keycloak != null) {
      Duration keycloakReady = keycloak.awaitReady(Duration.ofMinutes(3));
      System.out.println("Waakzaam: Keycloak ready in " + keycloakReady.toMillis() / 1000.0 + " s");
    }
    Map<String, String> demo =
        DemoSignals.ensure(
            payara.baseUrl(),
            home.resolve("demo-signals.properties"),
            keycloak == null
                ? Optional.empty()
                : Optional.of(DemoForwarding.passwordGrant(issuer)));
    printBanner(payara.baseUrl(), ready, databaseDescription, payara.log(), demo, mailbox);
    printIdentity(issuer, keycloak, secrets, realm);
    payara.waitFor();
  }

  private static void printBanner(
      String url,
      Duration ready,
      String database,
      Path log,
      Map<String, String> demo,
      DevMailbox mailbox) {
    StringBuilder b = new StringBuilder();
    b.append("\nWaakzaam is running (ready in ")
        .append(ready.toMillis() / 1000.0)
        .append(" s).\n\n");
    b.append("  Open the site for reporters: ").append(url).append("/\n");
    b.append("  (follow-up with a receipt code below: ").append(url).append("/opvolgen)\n");
    b.append("  Staff console (log in with a demo account below): ")
        .append(url)
        .append("/console/\n\n");
    b.append("  API        ").append(url).append("/api/v1\n");
    b.append("  OpenAPI    ").append(url).append("/openapi\n");
    b.append("  Health     ").append(url).append("/health\n");
    b.append("  Database   ").append(database).append('\n');
    b.append("  Server log ").append(log.toAbsolutePath()).append('\n');
    if (mailbox != null) {
      b.append("  Mails to reporters (SMTP 127.0.0.1:")
          .append(mailbox.smtpPort())
          .append("), read them at ")
          .append(mailbox.pageUrl())
          .append('\n');
    }
    b.append('\n');
    b.append("  Demonstration signals (reference, receipt code), to try follow-up with:\n");
    demo.forEach(
        (kind, entry) ->
            b.append("    ").append(String.format("%-11s", kind)).append(entry).append('\n'));
    System.out.print(b);
  }

  private static void printIdentity(
      String issuer, KeycloakServer keycloak, Properties secrets, String realm) {
    StringBuilder b = new StringBuilder("\n");
    b.append("  Keycloak   ").append(issuer).append('\n');
    if (keycloak != null) {
      b.append("  Keycloak admin console ")
          .append(keycloak.baseUrl())
          .append("/admin (admin / ")
          .append(secrets.getProperty(DevSecrets.KEYCLOAK_ADMIN_PASSWORD))
          .append(")\n");
      b.append("  Keycloak log ").append(keycloak.log().toAbsolutePath()).append("\n\n");
      b.append("  Demo accounts (development only):\n");
      DemoAccounts.lines(realm).forEach(l -> b.append("    ").append(l).append('\n'));
    }
    b.append("\n  Try the API with curl: see README.md, 'Exploring the app'.\n");
    b.append("  Stop with Ctrl-C.\n");
    System.out.println(b);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
