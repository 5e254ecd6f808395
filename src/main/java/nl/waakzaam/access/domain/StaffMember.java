package nl.waakzaam.access.domain;

import java.util.Objects;
import java.util.Set;
import nl.waakzaam.regions.domain.RegionScope;

/**
 * Who is calling, as the token says: the subject and user name, the jobs (for the record) and the
 * permissions (for access), the regions whose data they see, and for partner staff the partner
 * organisations whose packages they receive (their groups {@code /partners/<id>}).
 */
public record StaffMember(
    String subject,
    String name,
    Set<Job> jobs,
    Set<Permission> permissions,
    RegionScope scope,
    Set<String> organisations) {

  public StaffMember {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(name, "name");
    jobs = Set.copyOf(jobs);
    permissions = Set.copyOf(permissions);
    Objects.requireNonNull(scope, "scope");
    organisations = Set.copyOf(organisations);
  }

  /** Platform staff: of no partner organisation. */
  public StaffMember(
      String subject, String name, Set<Job> jobs, Set<Permission> permissions, RegionScope scope) {
    this(subject, name, jobs, permissions, scope, Set.of());
  }

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }
}
