package org.govindex.indicators.department;

import java.util.Arrays;
import java.util.Collection;

/**
 * Sums, means and variances of doubles added in ascending order, from 0.0, so that a result does
 * not depend on the order in which the ratings arrive: runs are bit-for-bit reproducible (and equal
 * to the Spark implementation, which sorted each array before adding).
 */
final class OrderedMean {

  private OrderedMean() {}

  /** The values in ascending order, as an array. */
  private static double[] sorted(Collection<Double> values) {
    double[] out = new double[values.size()];
    int i = 0;
    for (Double v : values) {
      out[i++] = v;
    }
    Arrays.sort(out);
    return out;
  }

  /** Σ x in ascending order; 0 if empty. */
  static double sum(Collection<Double> values) {
    double sum = 0.0;
    for (double x : sorted(values)) {
      sum = sum + x;
    }
    return sum;
  }

  /** Mean Σ x / n of the values added in ascending order; null when there is none. */
  static Double of(Collection<Double> values) {
    return values.isEmpty() ? null : sum(values) / values.size();
  }

  /**
   * Population variance {@code Σ (x − m)² / n} around {@code mean}, the squares added in ascending
   * order of x; NaN when there is no value.
   */
  static double variance(Collection<Double> values, double mean) {
    double squares = 0.0;
    for (double x : sorted(values)) {
      squares = squares + (x - mean) * (x - mean);
    }
    return squares / values.size();
  }
}
