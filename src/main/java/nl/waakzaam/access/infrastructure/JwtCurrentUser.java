package nl.waakzaam.access.infrastructure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.application.NotAuthenticatedException;
import nl.waakzaam.access.domain.Job;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionScope;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The current user from the MicroProfile JWT that Payara validated (signature against Keycloak's
 * keys, issuer, audience, expiry). Keycloak puts realm roles and group paths in one {@code groups}
 * claim: role names become permissions and jobs, {@code /regions/<slug>} becomes the region scope.
 */
@RequestScoped
public class JwtCurrentUser implements CurrentUser {

  static final String REGION_GROUP = "/regions/";

  /** A partner's staff belong to {@code /partners/<organisation>}. */
  static final String PARTNER_GROUP = "/partners/";

  @Inject private JsonWebToken token;

  @Override
  public StaffMember staff() {
    if (token == null || token.getRawToken() == null || token.getSubject() == null) {
      throw new NotAuthenticatedException();
    }
    return fromClaims(token.getSubject(), name(token), token.getGroups());
  }

  /** The staff member that a token with these claims describes. */
  public static StaffMember fromClaims(String subject, String name, Set<String> groups) {
    Set<Job> jobs = EnumSet.noneOf(Job.class);
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    Set<Region> regions = EnumSet.noneOf(Region.class);
    Set<String> organisations = new TreeSet<>();
    for (String group : groups == null ? Set.<String>of() : groups) {
      if (group.startsWith(REGION_GROUP)) {
        Region.bySlug(group.substring(REGION_GROUP.length())).ifPresent(regions::add);
      } else if (group.startsWith(PARTNER_GROUP)) {
        String organisation = group.substring(PARTNER_GROUP.length());
        if (organisation.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
          organisations.add(organisation);
        }
      } else {
        Permission.byRoleName(group).ifPresent(permissions::add);
        Job.byRoleName(group).ifPresent(jobs::add);
      }
    }
    return new StaffMember(
        subject, name, jobs, permissions, new RegionScope(regions), organisations);
  }

  private static String name(JsonWebToken token) {
    String preferred = token.getClaim("preferred_username");
    return preferred != null ? preferred : token.getSubject();
  }
}
