package org.govindex.indicators.subjective;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * A percentile interval of bootstrap replicates.
 *
 * <p>Percentiles use Commons Math {@link Percentile} with {@link EstimationType#R_7} (R's default
 * type 7, numpy's "linear"): for p in (0, 1] and the sorted defined replicates x_(1) ≤ … ≤ x_(m), h
 * = (m − 1)·p + 1 and Q(p) = x_(⌊h⌋) + (h − ⌊h⌋)·(x_(⌊h⌋+1) − x_(⌊h⌋)). NaN replicates (undefined
 * statistic) are left out; with no defined replicate the interval is absent.
 *
 * @param low Q(0.025)
 * @param high Q(0.975)
 */
public record PercentileInterval(double low, double high) {

  /** The 95% interval of the defined replicates, or null when none is defined. */
  public static PercentileInterval of95(double[] replicates) {
    double[] defined = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).toArray();
    if (defined.length == 0) {
      return null;
    }
    Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
    percentile.setData(defined);
    return new PercentileInterval(
        percentile.evaluate(RespondentBootstrap.LOWER_PERCENT),
        percentile.evaluate(RespondentBootstrap.UPPER_PERCENT));
  }
}
