package org.govindex.indicators.index.transform;

import java.util.Set;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/** Natural logarithm {@code y = ln x}; every present value must be strictly positive. */
public final class LogTransform implements Transform {

  @Override
  public String name() {
    return "log";
  }

  @Override
  public Set<String> parameters() {
    return Set.of();
  }

  @Override
  public void apply(double[] x, MethodSpec spec, String indicator) {
    for (int i = 0; i < x.length; i++) {
      if (x[i] <= 0) {
        throw new IndexSpecException(
            "indicator "
                + indicator
                + ": log needs values > 0, found "
                + x[i]
                + "; use log-offset");
      }
      x[i] = Math.log(x[i]);
    }
  }
}
