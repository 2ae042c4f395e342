package org.govindex.indicators.appraisal;

/**
 * Fixed goalposts of an indicator (as in the UN Human Development Index), so that scores compare
 * across years: {@code score(x) = 100 · (x − worst) / (best − worst)}, clamped to [0, 100]. The
 * formula serves both directions: for a "lower is better" indicator {@code best < worst}.
 *
 * @param worst the value that scores 0 (and everything beyond it)
 * @param best the value that scores 100 (and everything beyond it)
 */
public record Goalposts(double worst, double best) {

  public Goalposts {
    if (!Double.isFinite(worst) || !Double.isFinite(best)) {
      throw new IllegalArgumentException(
          "goalposts must be finite numbers, got worst=" + worst + " best=" + best);
    }
    if (worst == best) {
      throw new IllegalArgumentException("goal_worst equals goal_best (" + worst + ")");
    }
  }

  /** The normalised score in [0, 100]; NaN for a NaN value. */
  public double score(double value) {
    double raw = 100.0 * (value - worst) / (best - worst);
    return Math.max(0.0, Math.min(100.0, raw));
  }

  /** +1 when higher values are better (best &gt; worst), −1 otherwise. */
  public int direction() {
    return best > worst ? 1 : -1;
  }
}
