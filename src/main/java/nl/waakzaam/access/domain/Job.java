package nl.waakzaam.access.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The jobs of the platform, Keycloak's composite roles. Recorded in the audit trail ("who, in which
 * job"); never used to decide access, which is the permissions' business.
 */
public enum Job {
  ANALYST,
  COORDINATOR,
  AUDITOR,
  ASSOCIATION,
  ADMIN,
  /** Staff of a partner organisation: its inbox of packages. */
  PARTNER,
  /** The national figures over every region, k-anonymous, and nothing of any signal. */
  NATIONAL;

  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Job> byRoleName(String name) {
    return Arrays.stream(values()).filter(j -> j.roleName().equals(name)).findFirst();
  }
}
