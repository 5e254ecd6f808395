package nl.waakzaam.associations.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.waakzaam.associations.domain.Association;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.Allowance;
import nl.waakzaam.shared.domain.Allowances;
import nl.waakzaam.shared.domain.LimitReachedException;

/**
 * What one association may send, counted over every instance: batches per minute (a retry storm
 * stops there) and signals per day (a runaway import stops there, before the queue fills).
 */
@ApplicationScoped
public class BatchLimits {

  private Allowances allowances;
  private Settings settings;
  private Allowance batches;
  private Allowance items;

  protected BatchLimits() {}

  @Inject
  public BatchLimits(Allowances allowances, Settings settings) {
    this.allowances = allowances;
    this.settings = settings;
  }

  @PostConstruct
  void readLimits() {
    batches =
        new Allowance(
            "association.batches",
            settings.positiveInteger(Setting.ASSOCIATION_MAX_BATCHES),
            Duration.ofMinutes(1));
    items =
        new Allowance(
            "association.items",
            settings.positiveInteger(Setting.ASSOCIATION_MAX_ITEMS),
            Duration.ofDays(1));
  }

  /**
   * Counts a batch that is to be read and stored (a replay of a finished one is not).
   *
   * @throws LimitReachedException when the association sent as many as it may this minute
   */
  public void admitBatch(Association association) {
    allowances.takeOrRefuse(batches, association.id(), 1, "too-many-batches");
  }

  /**
   * Counts the signals of a new batch.
   *
   * @throws LimitReachedException when they would go past the association's signals of the day
   */
  public void admitItems(Association association, int count) {
    allowances.takeOrRefuse(items, association.id(), count, "too-many-batch-items");
  }
}
