package nl.waakzaam.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.util.Set;
import java.util.TreeSet;
import nl.waakzaam.access.interfaces.rest.ProtectedByDefault;
import org.junit.jupiter.api.Test;

/**
 * Every JAX-RS resource method is either explicitly public or guarded by a permission; and the
 * public ones are exactly these, so that opening an endpoint to the world is a decision made here
 * too.
 */
class ResourceProtectionTest {

  /** Reporters need no account; the API root says nothing the OpenAPI document does not. */
  static final Set<String> PUBLIC =
      Set.of(
          "ApiRootResource.root",
          "SignalsResource.submit",
          "FollowUpResource.open",
          "FollowUpResource.signal",
          "FollowUpResource.messages",
          "FollowUpResource.write",
          "FollowUpResource.leave",
          // The follow-up token or the bearer token is checked in the method: reporter or staff.
          "AttachmentsResource.add",
          "ReporterAttachmentsResource.list");

  @Test
  void everyResourceMethodSaysWhoMayCallIt() throws ReflectiveOperationException {
    Set<String> undecided = new TreeSet<>();
    Set<String> open = new TreeSet<>();
    int methods = 0;
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.waakzaam")) {
      if (!c.isAnnotatedWith(Path.class)) {
        continue;
      }
      for (JavaMethod m : c.getMethods()) {
        if (m.getAnnotations().stream()
            .noneMatch(a -> a.getRawType().isAnnotatedWith(HttpMethod.class))) {
          continue;
        }
        methods++;
        java.lang.reflect.Method method = m.reflect();
        String name = c.getSimpleName() + "." + m.getName();
        if (!ProtectedByDefault.decided(method)
            && !ProtectedByDefault.decided(method.getDeclaringClass())) {
          undecided.add(name);
        }
        if (method.isAnnotationPresent(PermitAll.class)
            || method.getDeclaringClass().isAnnotationPresent(PermitAll.class)) {
          open.add(name);
        }
      }
    }
    assertEquals(Set.of(), undecided, "resource methods without @PermitAll or @RolesAllowed");
    assertEquals(new TreeSet<>(PUBLIC), open, "the public endpoints");
    assertEquals(true, methods >= PUBLIC.size() + 4, "staff endpoints were found: " + methods);
  }
}
