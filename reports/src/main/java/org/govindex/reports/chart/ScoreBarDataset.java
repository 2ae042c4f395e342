package org.govindex.reports.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Scores of units (one series, one category per unit) with, per unit, an optional interval and a
 * muted marker (e.g. below the minimum sample), read by {@link IntervalBarRenderer}.
 */
public final class ScoreBarDataset extends DefaultCategoryDataset {

  private static final long serialVersionUID = 1L;

  /** Name of the only series. */
  public static final String SERIES = "满意度得分";

  /** One bar: score, optional interval [low, high] (both null or both set), muted or not. */
  public record Bar(UnitKey unit, double score, Double low, Double high, boolean muted) {}

  private final Map<UnitKey, Bar> bars = new HashMap<>();

  /** The dataset of {@code bars}, in their order. */
  public ScoreBarDataset(List<Bar> bars) {
    for (Bar bar : bars) {
      if (this.bars.put(bar.unit(), bar) != null) {
        throw new IllegalArgumentException("unit " + bar.unit().code() + " twice in a chart");
      }
      addValue(bar.score(), SERIES, bar.unit());
    }
  }

  /** The bar of a category. */
  public Bar bar(int column) {
    return bars.get((UnitKey) getColumnKey(column));
  }
}
