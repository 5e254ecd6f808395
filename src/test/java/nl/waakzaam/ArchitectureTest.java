package nl.waakzaam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture of DESIGN.md, held by the build: capabilities with the layers domain,
 * application, infrastructure and interfaces; a capability uses another's domain and application,
 * never its infrastructure or interfaces. {@code shared} is the kernel every capability builds on:
 * it uses no capability, and others may use its domain, configuration and REST plumbing, never its
 * infrastructure.
 */
class ArchitectureTest {

  private static final String ROOT = "nl.waakzaam";
  private static final List<String> LAYERS =
      List.of("domain", "application", "infrastructure", "interfaces");

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  /** The launcher of the run command and the test harness (src/devstack, built as test code). */
  private static final JavaClasses DEVSTACK =
      new ClassFileImporter().importPackages(ROOT + ".devstack");

  /** Everything that ships or starts the platform: the WAR's classes and the dev stack. */
  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(
              location ->
                  ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                      || location.contains("/nl/waakzaam/devstack/"))
          .importPackages(ROOT);

  /** {@code intake} for {@code nl.waakzaam.signal.domain.Signal}. */
  static Optional<String> capability(JavaClass c) {
    String name = c.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return Optional.empty();
    }
    return Optional.of(name.substring(ROOT.length() + 1).split("\\.")[0]);
  }

  /** {@code domain} for {@code nl.waakzaam.signal.domain.Signal}. */
  static Optional<String> layer(JavaClass c) {
    String[] parts = c.getPackageName().split("\\.");
    return parts.length > 3 ? Optional.of(parts[3]) : Optional.empty();
  }

  @Test
  void everyClassLivesInALayerOfACapability() {
    classes()
        .should(
            new ArchCondition<JavaClass>("live in nl.waakzaam.<capability>.<layer>") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                boolean inLayer =
                    layer(c).map(LAYERS::contains).orElse(false)
                        || c.getPackageName().equals(ROOT + ".shared.config");
                if (!inLayer) {
                  events.add(
                      SimpleConditionEvent.violated(c, c.getName() + " is outside the layers"));
                }
              }
            })
        .check(MAIN);
  }

  @Test
  void aCapabilityUsesOnlyTheDomainAndApplicationOfAnother() {
    classes()
        .should(
            new ArchCondition<JavaClass>(
                "use another capability through its domain or application only") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                String own = capability(c).orElseThrow();
                c.getDirectDependenciesFromSelf()
                    .forEach(
                        d -> {
                          JavaClass target = d.getTargetClass();
                          Optional<String> other = capability(target);
                          if (other.isEmpty() || other.get().equals(own)) {
                            return;
                          }
                          String layer = layer(target).orElse("config");
                          boolean allowed =
                              layer.equals("domain")
                                  || layer.equals("application")
                                  || (other.get().equals("shared") && layer.equals("config"))
                                  || (other.get().equals("shared")
                                      && layer.equals("interfaces")
                                      && layer(c).orElse("").equals("interfaces"))
                                  || (other.get().equals("shared")
                                      && layer.equals("infrastructure")
                                      && layer(c).orElse("").equals("infrastructure"));
                          if (!allowed) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                          }
                        });
              }
            })
        .check(MAIN);
  }

  @Test
  void capabilitiesAreFreeOfCycles() {
    slices()
        .matching(ROOT + ".(*)..")
        .namingSlices("$1")
        .as("capabilities")
        .should()
        .beFreeOfCycles()
        .check(ALL);
  }

  @Test
  void theDevStackStartsThePlatformFromOutside() {
    assertTrue(DEVSTACK.size() > 0, "the dev stack's classes are scanned");
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".devstack..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "belong to a capability of the WAR",
                c -> capability(c).map(n -> !n.equals("devstack")).orElse(false)))
        .check(DEVSTACK);
  }

  @Test
  void theSharedKernelUsesNoCapability() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".shared..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "belong to a capability",
                c -> capability(c).map(n -> !n.equals("shared")).orElse(false)))
        .check(MAIN);
  }

  @Test
  void theDomainKnowsNothingOfItsSurroundings() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..application..",
            "..infrastructure..",
            "..interfaces..",
            "jakarta.ws.rs..",
            "jakarta.servlet..",
            "jakarta.enterprise..",
            "jakarta.inject..",
            "jakarta.transaction..",
            "org.eclipse.microprofile..")
        .check(MAIN);
  }

  @Test
  void applicationServicesDoNotKnowHowTheyAreCalledOrStored() {
    noClasses()
        .that()
        .resideInAPackage("..application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..interfaces..", "..infrastructure..", "jakarta.ws.rs..", "jakarta.servlet..")
        .check(MAIN);
  }

  @Test
  void noEntityCrossesTheRestBoundary() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(jakarta.ws.rs.Path.class)
        .and()
        .arePublic()
        .should(
            new ArchCondition<>("neither take nor return a JPA entity") {
              @Override
              public void check(
                  com.tngtech.archunit.core.domain.JavaMethod m, ConditionEvents events) {
                Stream.concat(Stream.of(m.getRawReturnType()), m.getRawParameterTypes().stream())
                    .filter(t -> t.isAnnotatedWith(Entity.class))
                    .forEach(
                        t ->
                            events.add(
                                SimpleConditionEvent.violated(
                                    m, m.getFullName() + " uses " + t.getName())));
              }
            })
        .check(MAIN);
  }

  @Test
  void theInterfacesReadEntitiesOnlyInsideTheTransactionThatLoadedThem() {
    classes()
        .that()
        .resideInAPackage("..interfaces..")
        .should(
            new ArchCondition<JavaClass>(
                "read a JPA entity only as an assembler that runs inside the caller's transaction"
                    + " (@Transactional(MANDATORY))") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                boolean assembler =
                    c.tryGetAnnotationOfType(jakarta.transaction.Transactional.class)
                        .map(t -> t.value() == jakarta.transaction.Transactional.TxType.MANDATORY)
                        .orElse(false);
                if (assembler) {
                  return;
                }
                c.getAccessesFromSelf().stream()
                    .filter(a -> a.getTargetOwner().isAnnotatedWith(Entity.class))
                    .forEach(a -> events.add(SimpleConditionEvent.violated(a, a.getDescription())));
              }
            })
        .check(MAIN);
  }

  @Test
  void everyPackageSaysWhatLivesInIt() throws IOException {
    Path sources = Path.of("src/main/java");
    Set<Path> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .map(Path::getParent)
          .distinct()
          .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
          .forEach(missing::add);
    }
    assertEquals(Set.of(), missing, "packages without package-info.java");
    assertTrue(Files.exists(sources.resolve("nl/waakzaam/signal/domain/package-info.java")));
  }
}
