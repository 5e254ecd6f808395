package nl.waakzaam.alerts.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The k-anonymity rule of every published figure: a count of 1 to {@code threshold - 1} signals is
 * never shown (primary suppression); and where the cells of a breakdown add up to a total that is
 * shown, more cells are suppressed, smallest first, until the suppressed cells together hold at
 * least {@code threshold} signals, so that no suppressed cell can be worked out from the total and
 * the rest (secondary suppression). Zero is shown: it points at nobody.
 */
public record Suppression(int threshold) {

  public Suppression {
    if (threshold < 2) {
      throw new IllegalArgumentException("A threshold below 2 suppresses nothing");
    }
  }

  /** Whether a total (a count on its own) may be shown. */
  public boolean shows(long count) {
    return count == 0 || count >= threshold;
  }

  /**
   * The cells of one breakdown as they may be shown, in their order: a value, or empty where
   * suppressed.
   *
   * @param totalShown whether the total these cells add up to is published beside them
   */
  public Map<String, OptionalLong> apply(Map<String, Long> cells, boolean totalShown) {
    Map<String, OptionalLong> shown = new LinkedHashMap<>();
    long suppressedSum = 0;
    int suppressed = 0;
    for (Map.Entry<String, Long> cell : cells.entrySet()) {
      if (shows(cell.getValue())) {
        shown.put(cell.getKey(), OptionalLong.of(cell.getValue()));
      } else {
        shown.put(cell.getKey(), OptionalLong.empty());
        suppressedSum += cell.getValue();
        suppressed++;
      }
    }
    if (!totalShown) {
      return shown;
    }
    while (suppressed > 0 && suppressedSum < threshold) {
      var smallest =
          cells.entrySet().stream()
              .filter(c -> c.getValue() > 0 && shown.get(c.getKey()).isPresent())
              .min(Comparator.comparingLong(Map.Entry::getValue));
      if (smallest.isEmpty()) {
        break;
      }
      shown.put(smallest.get().getKey(), OptionalLong.empty());
      suppressedSum += smallest.get().getValue();
      suppressed++;
    }
    return shown;
  }
}
