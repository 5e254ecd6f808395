package nl.waakzaam.alerts.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.alerts.domain.QuarterFigures;
import nl.waakzaam.alerts.domain.SectorCounts;
import nl.waakzaam.alerts.domain.Suppression;
import nl.waakzaam.associations.application.CurrentAssociation;
import nl.waakzaam.associations.domain.Association;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.signal.domain.Sector;

/**
 * What the platform sees in a sector, per region and quarter, without a figure that could point at
 * one business: an association for its own sectors over every region, a coordinator for any sector
 * in their own regions. Both see the same suppressed figures.
 */
@ApplicationScoped
public class SectorStatistics {

  /** The most quarters one answer covers: three years. */
  public static final int MAX_QUARTERS = 12;

  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  /** The figures of one answer, with the threshold they were suppressed at. */
  public record Figures(Sector sector, int threshold, List<QuarterFigures> quarters) {}

  private SectorCounts counts;
  private CurrentAssociation association;
  private CurrentUser user;
  private Settings settings;
  private Clock clock;
  private Suppression rule;

  protected SectorStatistics() {}

  @Inject
  SectorStatistics(
      SectorCounts counts,
      CurrentAssociation association,
      CurrentUser user,
      Settings settings,
      Clock clock) {
    this.counts = counts;
    this.association = association;
    this.user = user;
    this.settings = settings;
    this.clock = clock;
  }

  @PostConstruct
  void readThreshold() {
    rule = new Suppression(Math.max(2, settings.positiveInteger(Setting.STATS_MIN_CELL)));
  }

  /**
   * The last {@code quarters} quarters, this one included, for the caller.
   *
   * @throws SectorNotYoursException when an association asks for another sector's figures
   * @throws nl.waakzaam.associations.application.NotAnAssociationException when the caller is
   *     neither an association nor staff who may read figures
   */
  @Transactional
  public Figures of(Sector sector, int quarters) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), DUTCH_TIME);
    LocalDate quarterStart =
        today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
    var from =
        quarterStart
            .minusMonths(3L * (Math.min(quarters, MAX_QUARTERS) - 1))
            .atStartOfDay(DUTCH_TIME)
            .toInstant();
    List<SectorCounts.Row> rows;
    if (association.present()) {
      Association caller = association.association();
      if (!caller.sectors().contains(sector)) {
        throw new SectorNotYoursException();
      }
      rows = counts.count(sector, Optional.empty(), from);
    } else {
      StaffMember staff = user.staff();
      if (!staff.may(Permission.STATS_READ) || staff.scope().isEmpty()) {
        throw new SectorNotYoursException();
      }
      rows = counts.count(sector, Optional.of(staff.scope().regions()), from);
    }
    return new Figures(sector, rule.threshold(), QuarterFigures.of(rows, rule));
  }
}
