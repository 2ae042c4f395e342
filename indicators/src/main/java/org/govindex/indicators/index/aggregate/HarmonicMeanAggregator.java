package org.govindex.indicators.index.aggregate;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/**
 * Weighted harmonic mean over present children: {@code y = sum(w_i) / sum(w_i / x_i)}; children
 * must be strictly positive. Reference: COINr {@code a_hmean}.
 */
public final class HarmonicMeanAggregator implements Aggregator {

  @Override
  public String name() {
    return "harmonic";
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
        if (!(v > 0)) {
          throw new IndexSpecException(Messages.text("index.aggregate.harmonicMeanValue", v));
        }
        s += weights[i] / v;
        sw += weights[i];
      }
    }
    return sw == 0 ? Double.NaN : sw / s;
  }

  @Override
  public boolean needsPositive(MethodSpec spec) {
    return true;
  }
}
