package nl.waakzaam.intake.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.Allowance;
import nl.waakzaam.shared.domain.Allowances;
import nl.waakzaam.shared.domain.LimitReachedException;

/**
 * How many anonymous submissions one client may make per hour, counted over every instance: enough
 * for any reporter, too few to fill the platform. Each submission counts, sent through the API or
 * the forms, stored or refused.
 */
@ApplicationScoped
public class SubmissionLimits {

  static final String PROBLEM = "too-many-submissions";

  private Allowances allowances;
  private Settings settings;
  private Allowance perClient;

  protected SubmissionLimits() {}

  @Inject
  public SubmissionLimits(Allowances allowances, Settings settings) {
    this.allowances = allowances;
    this.settings = settings;
  }

  @PostConstruct
  void readLimit() {
    perClient =
        new Allowance(
            "intake.submissions",
            settings.positiveInteger(Setting.INTAKE_MAX_SUBMISSIONS),
            Duration.ofHours(1));
  }

  /**
   * Counts a submission of {@code client}.
   *
   * @throws LimitReachedException when the client made as many as it may this hour
   */
  public void admit(String client) {
    allowances.takeOrRefuse(perClient, client, 1, PROBLEM);
  }
}
