package org.govindex.indicators.index.stats;

/**
 * Sample skewness and excess kurtosis exactly as Excel's {@code SKEW} and {@code KURT} (and COINr's
 * outlier test) compute them, ignoring NaN.
 *
 * <p>With {@code d = x - mean} over the n present values:
 *
 * <pre>
 *   skew = n / ((n-1)(n-2)) * sum((d/s)^3)        (s = sample standard deviation)
 *        = sqrt(n) * sum(d^3) / sum(d^2)^(3/2) * sqrt(n(n-1)) / (n-2)
 *   kurt = n(n+1) / ((n-1)(n-2)(n-3)) * sum((d/s)^4) - 3(n-1)^2 / ((n-2)(n-3))
 *        = ((n+1)(r-3) + 6)(n-1) / ((n-2)(n-3)),  r = n * sum(d^4) / sum(d^2)^2
 * </pre>
 *
 * Reference: Microsoft Excel function reference (SKEW, KURT); Joanes &amp; Gill (1998), "Comparing
 * measures of sample skewness and kurtosis", The Statistician 47(1), estimators G1 and G2.
 */
public final class ExcelMoments {

  private ExcelMoments() {}

  /** Excel SKEW of the present values; NaN when fewer than 3 or all equal. */
  public static double skew(double[] x) {
    int n = 0;
    double sum = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
        sum += v;
      }
    }
    if (n < 3) {
      return Double.NaN;
    }
    double mean = sum / n;
    double m2 = 0;
    double m3 = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        double d = v - mean;
        double d2 = d * d;
        m2 += d2;
        m3 += d2 * d;
      }
    }
    if (m2 == 0) {
      return Double.NaN;
    }
    return Math.sqrt(n) * m3 / Math.pow(m2, 1.5) * Math.sqrt((double) n * (n - 1)) / (n - 2);
  }

  /** Excel KURT (excess kurtosis) of the present values; NaN when fewer than 4 or all equal. */
  public static double kurtosis(double[] x) {
    int n = 0;
    double sum = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
        sum += v;
      }
    }
    if (n < 4) {
      return Double.NaN;
    }
    double mean = sum / n;
    double m2 = 0;
    double m4 = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        double d = v - mean;
        double d2 = d * d;
        m2 += d2;
        m4 += d2 * d2;
      }
    }
    if (m2 == 0) {
      return Double.NaN;
    }
    double r = n * m4 / (m2 * m2);
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
  }
}
