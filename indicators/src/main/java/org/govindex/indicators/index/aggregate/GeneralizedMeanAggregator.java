package org.govindex.indicators.index.aggregate;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/**
 * Weighted generalised (power) mean of order p (setting {@code p}, default 1) over present
 * children, weights renormalised: {@code y = (sum(w_i x_i^p) / sum(w_i))^(1/p)}; p = 0 is the
 * geometric mean. p &lt;= 0 needs strictly positive children; p &gt; 0 needs non-negative ones.
 * Unlike COINr's {@code a_genmean}, missing children are skipped instead of returning NA. For p =
 * 1/2 the powers are {@code Math.sqrt(x)} and {@code q * q}, which IEEE 754 rounds correctly (and
 * which are what HotSpot's {@code Math.pow} gives for these exponents), at a fraction of the cost
 * of the general power. Reference: Hardy, Littlewood &amp; Pólya, Inequalities (1934), ch. 2.
 */
public final class GeneralizedMeanAggregator implements Aggregator {

  private static final double HALF = 0.5;

  @Override
  public String name() {
    return "generalised";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("p");
  }

  @Override
  public double aggregate(double[] values, double[] weights, int n, MethodSpec spec) {
    return mean(values, weights, n, spec.number("p", 1));
  }

  /** The order p parsed once, not once per unit. */
  @Override
  public Bound bind(MethodSpec spec) {
    double p = spec.number("p", 1);
    return (values, weights, n) -> mean(values, weights, n, p);
  }

  private static double mean(double[] values, double[] weights, int n, double p) {
    double sw = 0;
    double s = 0;
    for (int i = 0; i < n; i++) {
      double v = values[i];
      if (!Double.isNaN(v)) {
        if (p <= 0 ? !(v > 0) : v < 0) {
          throw new IndexSpecException(Messages.text("index.aggregate.generalisedMeanP", p, v));
        }
        s += weights[i] * power(v, p);
        sw += weights[i];
      }
    }
    if (sw == 0) {
      return Double.NaN;
    }
    double q = s / sw;
    if (p == 0) {
      return Math.exp(q);
    }
    return p == HALF ? q * q : Math.pow(q, 1 / p);
  }

  /** x^p, ln x for p = 0 (the geometric mean's terms). */
  private static double power(double x, double p) {
    if (p == 0) {
      return Math.log(x);
    }
    return p == HALF ? Math.sqrt(x) : Math.pow(x, p);
  }

  @Override
  public boolean needsPositive(MethodSpec spec) {
    return spec.number("p", 1) <= 0;
  }

  @Override
  public boolean needsNonNegative(MethodSpec spec) {
    return true;
  }
}
