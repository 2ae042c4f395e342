package org.govindex.indicators.index.engine;

import java.util.List;
import java.util.Map;

/**
 * What a weighting did and its effect on the ranks of the index: derived node weights (or, for
 * benefit of the doubt, each unit's own shares), and every unit's index rank with META's weights as
 * given against its rank with the weighting.
 *
 * @param method {@code equal}, {@code pca}, {@code optimised} or {@code bod}
 * @param node the aggregate whose children's weights are derived ({@code bod}), or the index
 * @param weights derived weight per node (empty for {@code bod})
 * @param unitShares for {@code bod}: per unit, each child's share of its score (in META order)
 * @param units unit codes, in data order
 * @param ranksAsGiven index ranks with META's weights (and, for {@code bod}, the arithmetic mean)
 * @param ranks index ranks with the weighting
 * @param detail a line for the log, e.g. the correlations obtained by {@code optimised}
 */
public record WeightsReport(
    String method,
    String node,
    Map<String, Double> weights,
    Map<String, double[]> unitShares,
    List<String> units,
    int[] ranksAsGiven,
    int[] ranks,
    String detail) {

  public WeightsReport {
    weights = Map.copyOf(weights);
    unitShares = Map.copyOf(unitShares);
    units = List.copyOf(units);
    ranksAsGiven = ranksAsGiven.clone();
    ranks = ranks.clone();
  }

  /** Mean absolute rank change over units ranked both ways (NaN when none). */
  public double meanAbsRankShift() {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < ranks.length; i++) {
      if (ranks[i] > 0 && ranksAsGiven[i] > 0) {
        sum += Math.abs(ranks[i] - ranksAsGiven[i]);
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Largest absolute rank change. */
  public int maxAbsRankShift() {
    int max = 0;
    for (int i = 0; i < ranks.length; i++) {
      if (ranks[i] > 0 && ranksAsGiven[i] > 0) {
        max = Math.max(max, Math.abs(ranks[i] - ranksAsGiven[i]));
      }
    }
    return max;
  }

  @Override
  public int[] ranksAsGiven() {
    return ranksAsGiven.clone();
  }

  @Override
  public int[] ranks() {
    return ranks.clone();
  }
}
