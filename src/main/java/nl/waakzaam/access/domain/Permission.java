package nl.waakzaam.access.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a staff member or client may do: Keycloak's realm roles, by the same names. Code asks for
 * permissions, never for jobs; a job (a composite role) is only a bundle of permissions.
 */
public enum Permission {
  SIGNAL_READ(Names.SIGNAL_READ),
  SIGNAL_TRIAGE(Names.SIGNAL_TRIAGE),
  SIGNAL_ROUTE(Names.SIGNAL_ROUTE),
  ROUTING_MANAGE(Names.ROUTING_MANAGE),
  PARTNERS_MANAGE(Names.PARTNERS_MANAGE),
  STATS_READ(Names.STATS_READ),
  STATS_NATIONAL(Names.STATS_NATIONAL),
  AUDIT_READ(Names.AUDIT_READ),
  ASSOCIATION_SUBMIT(Names.ASSOCIATION_SUBMIT),
  ASSOCIATION_READ(Names.ASSOCIATION_READ),
  ATTACHMENT_ORIGINAL(Names.ATTACHMENT_ORIGINAL),
  TEXTS_MANAGE(Names.TEXTS_MANAGE),
  SIGNAL_SHARE(Names.SIGNAL_SHARE),
  PACKAGE_READ(Names.PACKAGE_READ),
  PACKAGE_OUTCOME(Names.PACKAGE_OUTCOME);

  /** The role names, as constants for {@code @RolesAllowed}. */
  public static final class Names {
    public static final String SIGNAL_READ = "signal:read";
    public static final String SIGNAL_TRIAGE = "signal:triage";
    public static final String SIGNAL_ROUTE = "signal:route";
    public static final String ROUTING_MANAGE = "routing:manage";

    /** Keep the national partner organisations' functional mailboxes. */
    public static final String PARTNERS_MANAGE = "partners:manage";

    public static final String STATS_READ = "stats:read";

    /** Read figures over every region, k-anonymous, for the national learning approach. */
    public static final String STATS_NATIONAL = "stats:national";

    public static final String AUDIT_READ = "audit:read";
    public static final String ASSOCIATION_SUBMIT = "association:submit";

    /** An association reads its own batches and signals. */
    public static final String ASSOCIATION_READ = "association:read";

    /** Download a file as it was uploaded, with the metadata that may identify the reporter. */
    public static final String ATTACHMENT_ORIGINAL = "attachment:original";

    /** Change the standard texts of one's region. */
    public static final String TEXTS_MANAGE = "texts:manage";

    /**
     * Ask another region for access to its signals that name an entity of one's own, and grant or
     * refuse such requests made to one's own regions.
     */
    public static final String SIGNAL_SHARE = "signal:share";

    /** Read the packages forwarded to one's own partner organisation. */
    public static final String PACKAGE_READ = "package:read";

    /** Register what one's partner organisation did with a package. */
    public static final String PACKAGE_OUTCOME = "package:outcome";

    private Names() {}
  }

  private final String roleName;

  Permission(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  public static Optional<Permission> byRoleName(String name) {
    return Arrays.stream(values()).filter(p -> p.roleName.equals(name)).findFirst();
  }
}
