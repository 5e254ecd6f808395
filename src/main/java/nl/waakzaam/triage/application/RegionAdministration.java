package nl.waakzaam.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.feedback.application.FollowUp;
import nl.waakzaam.feedback.application.MessageRejectedException;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.UnknownRegionException;
import nl.waakzaam.shared.domain.WorkingDays;
import nl.waakzaam.triage.domain.ServiceLevelFigures;
import nl.waakzaam.triage.domain.StandardText;
import nl.waakzaam.triage.domain.StandardTexts;

/**
 * What concerns a region as a whole rather than one signal: its standard texts, and how well it
 * keeps its promises to reporters. Only for staff of that region.
 */
@ApplicationScoped
public class RegionAdministration {

  /** The longest title of a standard text. */
  public static final int MAX_TITLE = 100;

  private CurrentUser user;
  private StandardTexts texts;
  private ServiceLevelFigures figures;
  private AuditTrail audit;
  private Clock clock;

  protected RegionAdministration() {}

  @Inject
  RegionAdministration(
      CurrentUser user,
      StandardTexts texts,
      ServiceLevelFigures figures,
      AuditTrail audit,
      Clock clock) {
    this.user = user;
    this.texts = texts;
    this.figures = figures;
    this.audit = audit;
    this.clock = clock;
  }

  /** The standard texts that hold for the region: its own, and the national ones it kept. */
  @Transactional
  public List<StandardText> texts(String regionSlug) {
    return texts.forRegion(region(regionSlug, user.staff()));
  }

  /**
   * Stores the region's own version of a standard text.
   *
   * @throws MessageRejectedException when title or body are empty, too long, or not plain text
   */
  @Transactional
  public StandardText saveText(
      String regionSlug, String key, StandardText.Purpose purpose, String title, String body) {
    if (!FollowUp.isMessage(title) || title.length() > MAX_TITLE || !FollowUp.isMessage(body)) {
      throw new MessageRejectedException();
    }
    StaffMember staff = user.staff();
    Region region = region(regionSlug, staff);
    texts.save(region, key, purpose, title.strip(), body.strip(), staff.name(), clock.instant());
    audit.record(
        AuditAction.STANDARD_TEXT_CHANGED, Optional.empty(), Optional.of(region), Optional.of(key));
    return texts.find(region, key).orElseThrow();
  }

  /**
   * Today in Dutch time, by the clock the figures are judged against: where a default period ends.
   */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), WorkingDays.DUTCH_TIME);
  }

  /**
   * The service-level figures of the region over the signals received from {@code from} to {@code
   * to}, both included (Dutch days).
   */
  @Transactional
  public ServiceLevelFigures.Figures serviceLevels(
      String regionSlug, LocalDate from, LocalDate to) {
    Region region = region(regionSlug, user.staff());
    audit.record(
        AuditAction.SERVICE_LEVELS_VIEWED,
        Optional.empty(),
        Optional.of(region),
        Optional.of(from + "/" + to));
    Instant start = from.atStartOfDay(WorkingDays.DUTCH_TIME).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(WorkingDays.DUTCH_TIME).toInstant();
    return figures.of(region, start, end, clock.instant());
  }

  private static Region region(String slug, StaffMember staff) {
    return Region.bySlug(slug)
        .filter(staff.scope()::includes)
        .orElseThrow(UnknownRegionException::new);
  }
}
