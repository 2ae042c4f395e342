package org.govindex.indicators.index.transform;

import java.util.Set;
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
  public double value(double x, MethodSpec spec) {
    double v = x + spec.number("offset", 1);
    return v > 0 ? Math.log(v) : Double.NaN;
  }

  @Override
  public String domain(MethodSpec spec) {
    return "x + offset > 0";
  }
}
