package org.govindex.indicators.index.uncertainty;

/**
 * Estimators of first-order and total sensitivity indices from a Saltelli design: model outputs on
 * the base matrices A and B (N rows each) and on A_B^(i) (A with the columns of factor i taken from
 * B).
 *
 * <pre>
 *   V    = variance of all f(A) and f(B) values (population form)
 *   S_i  = (1/N) sum_j f(B)_j (f(A_B^i)_j - f(A)_j) / V          (Saltelli et al. 2010, eq. (b))
 *   ST_i = (1/(2N)) sum_j (f(A)_j - f(A_B^i)_j)^2 / V            (Jansen 1999, eq. (f))
 * </pre>
 *
 * Reference: Saltelli, Annoni, Azzini, Campolongo, Ratto, Tarantola (2010), "Variance based
 * sensitivity analysis of model output. Design and estimator for the total sensitivity index",
 * Computer Physics Communications 181, 259-270, Table 2.
 */
public final class SaltelliEstimator {

  private SaltelliEstimator() {}

  /** Output variance V over f(A) and f(B). */
  public static double variance(double[] fa, double[] fb) {
    int n = fa.length + fb.length;
    double mean = 0;
    for (double v : fa) {
      mean += v;
    }
    for (double v : fb) {
      mean += v;
    }
    mean /= n;
    double ss = 0;
    for (double v : fa) {
      ss += (v - mean) * (v - mean);
    }
    for (double v : fb) {
      ss += (v - mean) * (v - mean);
    }
    return ss / n;
  }

  public static double firstOrder(double[] fa, double[] fb, double[] fab, double variance) {
    double s = 0;
    for (int j = 0; j < fa.length; j++) {
      s += fb[j] * (fab[j] - fa[j]);
    }
    return s / fa.length / variance;
  }

  public static double total(double[] fa, double[] fab, double variance) {
    double s = 0;
    for (int j = 0; j < fa.length; j++) {
      double d = fa[j] - fab[j];
      s += d * d;
    }
    return s / (2.0 * fa.length) / variance;
  }
}
