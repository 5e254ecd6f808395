package nl.waakzaam.routing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.attachments.application.AttachmentDownload;
import nl.waakzaam.attachments.domain.FileStore;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.routing.domain.ForwardingPackage;
import nl.waakzaam.routing.domain.ForwardingPackages;
import nl.waakzaam.routing.domain.OutcomeRejectedException;
import nl.waakzaam.routing.domain.PartnerDirectory;
import nl.waakzaam.routing.domain.PartnerOrganisation;
import nl.waakzaam.routing.domain.PartnerOutcome;
import nl.waakzaam.routing.domain.UnknownPackageException;
import nl.waakzaam.shared.domain.WorkingDays;
import nl.waakzaam.signal.domain.ReasonRejectedException;
import nl.waakzaam.signal.domain.SignalReference;

/**
 * A partner's inbox: the packages addressed to the caller's own organisations and nothing else;
 * each read of one audited in the signal's region, so that the platform sees who read what, and the
 * outcome the partner registers.
 */
@ApplicationScoped
public class PartnerInbox {

  /** The most packages listed at once. */
  public static final int LISTED = 200;

  /** One package as the inbox lists it. */
  public record Item(
      UUID id,
      String reference,
      String organisation,
      String organisationName,
      Instant forwardedAt,
      Optional<Instant> firstReadAt,
      Optional<PartnerOutcome> outcome,
      Optional<LocalDate> outcomeOn) {}

  private CurrentUser user;
  private ForwardingPackages packages;
  private PartnerDirectory partners;
  private FileStore files;
  private AuditTrail audit;
  private Clock clock;

  protected PartnerInbox() {}

  @Inject
  PartnerInbox(
      CurrentUser user,
      ForwardingPackages packages,
      PartnerDirectory partners,
      FileStore files,
      AuditTrail audit,
      Clock clock) {
    this.user = user;
    this.packages = packages;
    this.partners = partners;
    this.files = files;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public List<Item> list() {
    StaffMember staff = user.staff();
    Map<String, String> names =
        partners.organisations(staff.organisations()).stream()
            .collect(Collectors.toMap(PartnerOrganisation::id, PartnerOrganisation::name));
    audit.record(
        AuditAction.PARTNER_INBOX_VIEWED,
        Optional.empty(),
        Optional.empty(),
        Optional.of(String.join(", ", staff.organisations())));
    return packages.inbox(staff.organisations(), LISTED).stream()
        .map(p -> item(p, names.getOrDefault(p.organisation(), p.organisation())))
        .toList();
  }

  /** The package's JSON, as stored at forwarding. */
  @Transactional
  public byte[] contents(UUID id) {
    return read(id, "JSON", ForwardingPackage::contents);
  }

  /** The package's PDF, as stored at forwarding. */
  @Transactional
  public byte[] document(UUID id) {
    return read(id, "PDF", ForwardingPackage::document);
  }

  /** A clean copy a package lists, as the partner downloads it. */
  public record FileCopy(byte[] content, String mediaType, String fileName) {}

  /**
   * The clean copy numbered {@code number} in the package, audited like the package.
   *
   * @throws UnknownPackageException when the package or the number is not the caller's
   */
  @Transactional
  public FileCopy file(UUID id, int number) {
    StaffMember staff = user.staff();
    ForwardingPackage p = addressed(id, staff);
    ForwardingPackages.PackageFile file =
        packages.file(p.id(), number).orElseThrow(UnknownPackageException::new);
    p.read(clock.instant());
    audit.record(
        AuditAction.PACKAGE_READ,
        Optional.of(SignalReference.named(p.reference())),
        Optional.of(p.region()),
        Optional.of(p.organisation() + " (bestand " + number + ")"));
    return new FileCopy(
        files.read(file.blob()),
        file.mediaType(),
        p.reference()
            + "-bestand-"
            + number
            + "."
            + AttachmentDownload.extensionOf(file.mediaType()));
  }

  /**
   * Registers what the caller's organisation did with the package.
   *
   * @throws OutcomeRejectedException for a date before the forwarding or after today
   */
  @Transactional
  public Item registerOutcome(
      UUID id, PartnerOutcome outcome, LocalDate on, Optional<String> note) {
    note.ifPresent(ReasonRejectedException::required);
    StaffMember staff = user.staff();
    ForwardingPackage p = addressed(id, staff);
    Instant now = clock.instant();
    LocalDate today = now.atZone(WorkingDays.DUTCH_TIME).toLocalDate();
    LocalDate forwarded = p.forwardedAt().atZone(WorkingDays.DUTCH_TIME).toLocalDate();
    if (on.isAfter(today) || on.isBefore(forwarded)) {
      throw new OutcomeRejectedException();
    }
    p.registerOutcome(outcome, on, note.map(String::strip), now, staff.name());
    audit.record(
        AuditAction.PACKAGE_OUTCOME_REGISTERED,
        Optional.of(SignalReference.named(p.reference())),
        Optional.of(p.region()),
        Optional.of(p.organisation() + ": " + outcome.name()));
    return item(p, p.organisation());
  }

  private byte[] read(UUID id, String form, Function<ForwardingPackage, UUID> file) {
    StaffMember staff = user.staff();
    ForwardingPackage p = addressed(id, staff);
    p.read(clock.instant());
    audit.record(
        AuditAction.PACKAGE_READ,
        Optional.of(SignalReference.named(p.reference())),
        Optional.of(p.region()),
        Optional.of(p.organisation() + " (" + form + ")"));
    return files.read(file.apply(p));
  }

  private ForwardingPackage addressed(UUID id, StaffMember staff) {
    return packages
        .addressedTo(id, staff.organisations())
        .orElseThrow(UnknownPackageException::new);
  }

  private static Item item(ForwardingPackage p, String name) {
    return new Item(
        p.id(),
        p.reference(),
        p.organisation(),
        name,
        p.forwardedAt(),
        p.firstReadAt(),
        p.outcome(),
        p.outcomeOn());
  }
}
