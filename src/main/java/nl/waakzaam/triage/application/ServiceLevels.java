package nl.waakzaam.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import nl.waakzaam.shared.config.ConfigurationException;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.WorkingDays;
import nl.waakzaam.signal.domain.Deadlines;
import nl.waakzaam.signal.domain.Priority;

/**
 * The promises to reporters, per priority, in Dutch working days: how soon they hear from the
 * platform, and how soon staff decide. Both are settings; a priority missing from either stops the
 * deployment.
 */
@ApplicationScoped
public class ServiceLevels {

  private Settings settings;

  protected ServiceLevels() {}

  @Inject
  public ServiceLevels(Settings settings) {
    this.settings = settings;
  }

  void checkAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object started) {
    days(Setting.SLA_FIRST_FEEDBACK);
    days(Setting.SLA_DECISION);
  }

  /** The deadlines of a signal received at {@code receivedAt} with {@code priority}. */
  public Deadlines deadlines(Instant receivedAt, Priority priority) {
    return new Deadlines(
        WorkingDays.after(receivedAt, days(Setting.SLA_FIRST_FEEDBACK).get(priority)),
        WorkingDays.after(receivedAt, days(Setting.SLA_DECISION).get(priority)));
  }

  /** Working days to first feedback and to decision, per priority, as configured. */
  public Map<Priority, Integer> days(Setting setting) {
    Map<String, Integer> configured = settings.daysByName(setting);
    Map<Priority, Integer> days = new EnumMap<>(Priority.class);
    for (Priority priority : Priority.values()) {
      Integer value = configured.get(priority.name());
      if (value == null) {
        throw new ConfigurationException(setting, "has no days for priority " + priority);
      }
      days.put(priority, value);
    }
    return days;
  }
}
