package org.govindex.indicators.index.transform;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/**
 * Box-Cox power transform with parameter λ (setting {@code lambda}, required) and optional shift
 * {@code offset} c (default 0):
 *
 * <pre>
 *   y = ((x + c)^λ - 1) / λ   for λ ≠ 0
 *   y = ln(x + c)             for λ = 0
 * </pre>
 *
 * Every present {@code x + c} must be strictly positive. Reference: Box &amp; Cox (1964), "An
 * analysis of transformations", JRSS B 26(2).
 */
public final class BoxCoxTransform implements Transform {

  @Override
  public String name() {
    return "boxcox";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("lambda", "offset");
  }

  @Override
  public void check(MethodSpec spec, String indicator) {
    Transform.super.check(spec, indicator);
    if (Double.isNaN(spec.number("lambda", Double.NaN))) {
      throw new IndexSpecException(
          Messages.text("index.transform.indicatorBoxcoxNeeds", indicator));
    }
  }

  @Override
  public double value(double x, MethodSpec spec) {
    double lambda = spec.number("lambda", Double.NaN);
    double v = x + spec.number("offset", 0);
    if (!(v > 0)) {
      return Double.NaN;
    }
    return lambda == 0 ? Math.log(v) : (Math.pow(v, lambda) - 1) / lambda;
  }

  @Override
  public String domain(MethodSpec spec) {
    return "x + offset > 0";
  }
}
