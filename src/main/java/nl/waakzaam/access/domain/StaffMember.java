package nl.waakzaam.access.domain;

import java.util.Objects;
import java.util.Set;
import nl.waakzaam.routing.domain.RegionScope;

/**
 * Who is calling, as the token says: the subject and user name, the jobs (for the record) and the
 * permissions (for access), and the regions whose data they see.
 */
public record StaffMember(
    String subject, String name, Set<Job> jobs, Set<Permission> permissions, RegionScope scope) {

  public StaffMember {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(name, "name");
    jobs = Set.copyOf(jobs);
    permissions = Set.copyOf(permissions);
    Objects.requireNonNull(scope, "scope");
  }

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }
}
