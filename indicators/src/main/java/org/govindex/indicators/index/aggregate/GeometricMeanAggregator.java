package org.govindex.indicators.index.aggregate;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/**
 * Weighted geometric mean over present children: {@code y = exp(sum(w_i ln x_i) / sum(w_i))};
 * children must be strictly positive. Reference: OECD/JRC Handbook (2008) section 6.
 */
public final class GeometricMeanAggregator implements Aggregator {

  @Override
  public String name() {
    return "geometric";
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
          throw new IndexSpecException(Messages.text("index.aggregate.geometricMeanValue", v));
        }
        s += weights[i] * Math.log(v);
        sw += weights[i];
      }
    }
    return sw == 0 ? Double.NaN : Math.exp(s / sw);
  }

  @Override
  public boolean needsPositive(MethodSpec spec) {
    return true;
  }
}
