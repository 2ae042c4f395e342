package org.govindex.indicators.index.aggregate;

import java.util.Set;
import org.govindex.indicators.index.MethodSpec;

/**
 * Weighted arithmetic mean over present children: {@code y = sum(w_i x_i) / sum(w_i)}. Reference:
 * OECD/JRC Handbook (2008) section 6.
 */
public final class ArithmeticMeanAggregator implements Aggregator {

  @Override
  public String name() {
    return "arithmetic";
  }

  @Override
  public Set<String> parameters() {
    return Set.of();
  }

  @Override
  public double aggregate(double[] values, double[] weights, int n, MethodSpec spec) {
    double sw = 0;
    double s = 0;
    for (int i = 0; i < n; i++) {
      double v = values[i];
      if (!Double.isNaN(v)) {
        s += weights[i] * v;
        sw += weights[i];
      }
    }
    return sw == 0 ? Double.NaN : s / sw;
  }

  @Override
  public boolean needsPositive(MethodSpec spec) {
    return false;
  }
}
