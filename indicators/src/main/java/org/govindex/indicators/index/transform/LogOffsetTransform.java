package org.govindex.indicators.index.transform;

import java.util.Set;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/**
 * Logarithm with offset {@code y = ln(x + c)} (setting {@code offset}, default 1), for data with
 * zeros; every present {@code x + c} must be strictly positive.
 */
public final class LogOffsetTransform implements Transform {

  @Override
  public String name() {
    return "log-offset";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("offset");
  }

  @Override
  public void apply(double[] x, MethodSpec spec, String indicator) {
    double c = spec.number("offset", 1);
    for (int i = 0; i < x.length; i++) {
      if (x[i] + c <= 0) {
        throw new IndexSpecException(
            "indicator " + indicator + ": log-offset needs x + offset > 0, found x = " + x[i]);
      }
      x[i] = Math.log(x[i] + c);
    }
  }
}
