package org.govindex.indicators.appraisal;

import org.govindex.contract.Messages;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.normalise.GoalpostNormalizer;
import org.govindex.indicators.index.normalise.IndicatorInfo;

/**
 * Fixed goalposts of an indicator (as in the UN Human Development Index), so that scores compare
 * across years: the value {@code worst} scores 0 and {@code best} scores 100, linearly between,
 * clamped to [0, 100]. For a "lower is better" indicator {@code best < worst}. The score is the
 * index engine's {@link GoalpostNormalizer} (the one goalpost formula) with L = min, H = max and
 * the direction of best.
 *
 * @param worst the value that scores 0 (and everything beyond it)
 * @param best the value that scores 100 (and everything beyond it)
 */
public record Goalposts(double worst, double best) {

  private static final GoalpostNormalizer NORMALIZER = new GoalpostNormalizer();
  private static final MethodSpec SPEC = MethodSpec.of(NORMALIZER.name());

  public Goalposts {
    if (!Double.isFinite(worst) || !Double.isFinite(best)) {
      throw new IllegalArgumentException(
          "goalposts must be finite numbers, got worst=" + worst + " best=" + best);
    }
    if (worst == best) {
      throw new IllegalArgumentException(Messages.text("appraisal.goalposts.equal", worst));
    }
  }

  /** The normalised score in [0, 100]; NaN for a NaN value. */
  public double score(double value) {
    double[] out = new double[1];
    NORMALIZER.normalise(new double[] {value}, out, SPEC, info());
    return out[0];
  }

  /** +1 when higher values are better (best &gt; worst), −1 otherwise. */
  public int direction() {
    return best > worst ? 1 : -1;
  }

  private IndicatorInfo info() {
    return new IndicatorInfo(
        "goalposts", direction(), Double.NaN, Math.min(worst, best), Math.max(worst, best));
  }
}
