package org.govindex.indicators.appraisal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govindex.contract.Messages;

/**
 * Settings of the dual-direction department rating (双向考评, methodology §4): department satisfaction
 * = {@code Σ w_g·G_g / Σ w_g} over the rater groups present, a group counting for a department only
 * with at least {@code minimumRaters} raters.
 *
 * @param groupWeights weight per rater group (the rater_type text), non-negative, not all zero;
 *     defaults 居民代表 0.4, 街道 0.3, 社区居委会 0.2, 驻区单位 0.1
 * @param minimumRaters fewest raters of a group for a department (default 3)
 */
public record DepartmentRatingPolicy(Map<String, Double> groupWeights, int minimumRaters) {

  public static final DepartmentRatingPolicy DEFAULT =
      new DepartmentRatingPolicy(defaultWeights(), 3);

  public DepartmentRatingPolicy {
    groupWeights = Collections.unmodifiableMap(new LinkedHashMap<>(groupWeights));
    double total = 0.0;
    for (Map.Entry<String, Double> e : groupWeights.entrySet()) {
      if (e.getValue() == null || !(e.getValue() >= 0.0) || e.getValue().isInfinite()) {
        throw new IllegalArgumentException(
            Messages.text("departments.groupWeight", e.getKey(), e.getValue()));
      }
      total += e.getValue();
    }
    if (!(total > 0.0)) {
      throw new IllegalArgumentException(Messages.text("departments.allZero", groupWeights));
    }
    if (minimumRaters < 1) {
      throw new IllegalArgumentException(Messages.text("departments.minimumRaters", minimumRaters));
    }
  }

  private static Map<String, Double> defaultWeights() {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("居民代表", 0.4);
    weights.put("街道", 0.3);
    weights.put("社区居委会", 0.2);
    weights.put("驻区单位", 0.1);
    return weights;
  }
}
