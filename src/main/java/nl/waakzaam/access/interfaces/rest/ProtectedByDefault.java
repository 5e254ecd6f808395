package nl.waakzaam.access.interfaces.rest;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import nl.waakzaam.shared.interfaces.rest.Languages;
import nl.waakzaam.shared.interfaces.rest.Problem;

/**
 * Every resource method is closed unless it says otherwise: a method (or its class) without
 * {@code @PermitAll}, {@code @RolesAllowed} or {@code @DenyAll} refuses every request. A forgotten
 * annotation then fails safe, and {@code ResourceProtectionTest} makes it fail the build as well.
 */
@Provider
public class ProtectedByDefault implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (!decided(resource.getResourceMethod()) && !decided(resource.getResourceClass())) {
      context.register(new Refuse(), Priorities.AUTHENTICATION);
    }
  }

  /** Whether an element states who may call it. */
  public static boolean decided(AnnotatedElement element) {
    return element.isAnnotationPresent(PermitAll.class)
        || element.isAnnotationPresent(RolesAllowed.class)
        || element.isAnnotationPresent(DenyAll.class);
  }

  /** Answers 403 to everything. */
  static final class Refuse implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      request.abortWith(
          Problem.of(403, "forbidden", Languages.preferred(request.getAcceptableLanguages()))
              .toResponse());
    }
  }
}
