package nl.waakzaam.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.waakzaam.shared.config.Setting;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the tests run, so the compose file is checked against what the
 * application reads: every variable given to the app is a {@link Setting}, every required one is
 * given, and secrets come from the operator's environment, never from the file.
 */
class ComposeFileTest {

  private static final Path COMPOSE = Path.of("docker/compose.yaml");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) throws IOException {
    try (Reader in = Files.newBufferedReader(COMPOSE)) {
      Map<String, Object> compose = new Yaml().load(in);
      return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> appEnvironment() throws IOException {
    return (Map<String, String>) service("app").get("environment");
  }

  private static Set<String> settingVariables() {
    return Arrays.stream(Setting.values())
        .map(Setting::environmentVariable)
        .collect(Collectors.toSet());
  }

  @Test
  void everyVariableGivenToTheAppIsOneItReads() throws IOException {
    Set<String> unknown = new TreeSet<>(appEnvironment().keySet());
    unknown.removeAll(settingVariables());

    assertEquals(Set.of(), unknown, "variables the application does not read");
  }

  @Test
  void everyRequiredSettingIsGiven() throws IOException {
    for (Setting s : Setting.values()) {
      if (s.required()) {
        assertTrue(appEnvironment().containsKey(s.environmentVariable()), s.environmentVariable());
      }
    }
  }

  @Test
  void secretsComeFromTheOperatorsEnvironment() throws IOException {
    for (Setting s : Setting.values()) {
      String value = appEnvironment().get(s.environmentVariable());
      if (s.secret() && value != null) {
        assertTrue(value.matches("\\$\\{[A-Z0-9_]+:\\?.*\\}"), s + " = " + value);
      }
    }
  }

  @Test
  void theAppWaitsForAHealthyDatabaseAndPointsAtIt() throws IOException {
    assertTrue(service("app").get("depends_on").toString().contains("service_healthy"));
    assertTrue(
        appEnvironment().get("WAAKZAAM_DB_URL").startsWith("jdbc:postgresql://database:5432/"));
    assertTrue(service("database").containsKey("healthcheck"));
  }

  @Test
  void keycloakImportsTheRealmOfTheRepositoryAndTheAppTrustsIt() throws IOException {
    Map<String, Object> keycloak = service("keycloak");

    assertTrue(keycloak.get("image").toString().startsWith("quay.io/keycloak/keycloak:26."));
    assertTrue(keycloak.get("command").toString().contains("--import-realm"));
    assertTrue(
        keycloak.get("volumes").toString().contains("../keycloak-realm:/opt/keycloak/data/import"));
    assertTrue(Files.exists(Path.of("keycloak-realm/waakzaam-realm.json")));
    assertTrue(appEnvironment().get("WAAKZAAM_OIDC_ISSUER").endsWith("/realms/waakzaam"));
  }

  @Test
  void migratingIsAStepOfItsOwnAndTheServingAppNeverHoldsTheOwnersPassword() throws IOException {
    Map<String, Object> migrate = service("migrate");
    assertTrue(migrate.get("entrypoint").toString().contains("MigrationCommand"));
    assertTrue(((Map<?, ?>) migrate.get("environment")).containsKey("WAAKZAAM_DB_OWNER_PASSWORD"));
    assertTrue(!appEnvironment().containsKey("WAAKZAAM_DB_OWNER_PASSWORD"));
    assertEquals("false", appEnvironment().get("WAAKZAAM_DB_MIGRATE_AT_START"));
    assertTrue(
        service("app").get("depends_on").toString().contains("service_completed_successfully"));
    Map<?, ?> database = (Map<?, ?>) service("database").get("environment");
    assertTrue(
        !database.get("POSTGRES_USER").equals(appEnvironment().get("WAAKZAAM_DB_OWNER_USER")),
        "the schema's owner is not PostgreSQL's superuser");
  }

  @Test
  void theApplicationConnectsAsItsOwnRoleAndMigratesAsTheOwner() throws IOException {
    assertTrue(
        !appEnvironment()
            .get("WAAKZAAM_DB_USER")
            .equals(appEnvironment().get("WAAKZAAM_DB_OWNER_USER")));
    assertTrue(
        Files.readString(Path.of("docker/postgres-init/10-roles-and-keycloak.sh"))
            .contains("create role " + appEnvironment().get("WAAKZAAM_DB_USER")));
  }

  @Test
  void theImageRunsTheWarThatTheBuildMakes() throws IOException {
    String dockerfile = Files.readString(Path.of("docker/Dockerfile"));

    assertTrue(dockerfile.contains("FROM payara/micro:6."), "Payara Micro 6");
    assertTrue(dockerfile.contains("COPY target/waakzaam.war"));
    assertTrue(dockerfile.contains("--nohazelcast"));
  }

  @Test
  void theAppIsReachedOnlyThroughTheTlsProxyWhichAloneItTrusts() throws IOException {
    Map<String, Object> proxy = service("proxy");
    assertTrue(proxy.get("image").toString().startsWith("caddy:2"));
    assertTrue(!service("app").containsKey("ports"), "the app publishes no port of its own");
    String proxyAddress =
        ((Map<?, ?>) ((Map<?, ?>) proxy.get("networks")).get("default"))
            .get("ipv4_address")
            .toString();
    assertEquals(proxyAddress, appEnvironment().get("WAAKZAAM_TRUSTED_PROXIES"));
    String caddyfile = Files.readString(Path.of("docker/Caddyfile"));
    assertTrue(caddyfile.contains("reverse_proxy app:8080"), caddyfile);
  }
}
