package org.govindex.indicators.index.stats;

import java.util.Arrays;

/** Ranks and simple statistics over arrays where NaN is missing. */
public final class Ranking {

  private Ranking() {}

  /**
   * Competition ranks ("1224"): rank 1 for the highest value when {@code descending}, else for the
   * lowest; tied values share the smallest rank; NaN gets rank 0 (unranked).
   */
  public static int[] competitionRanks(double[] x, boolean descending) {
    int n = x.length;
    Integer[] order = new Integer[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(x[i])) {
        order[m++] = i;
      }
    }
    Integer[] present = Arrays.copyOf(order, m);
    if (descending) {
      Arrays.sort(present, (a, b) -> Double.compare(x[b], x[a]));
    } else {
      Arrays.sort(present, (a, b) -> Double.compare(x[a], x[b]));
    }
    int[] ranks = new int[n];
    for (int k = 0; k < m; k++) {
      int i = present[k];
      if (k > 0 && x[present[k - 1]] == x[i]) {
        ranks[i] = ranks[present[k - 1]];
      } else {
        ranks[i] = k + 1;
      }
    }
    return ranks;
  }

  /** Number of present (non-NaN) values. */
  public static int present(double[] x) {
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** Minimum of present values (NaN when none). */
  public static double min(double[] x) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : x) {
      if (v < m) {
        m = v;
      }
    }
    return m == Double.POSITIVE_INFINITY ? Double.NaN : m;
  }

  /** Maximum of present values (NaN when none). */
  public static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (v > m) {
        m = v;
      }
    }
    return m == Double.NEGATIVE_INFINITY ? Double.NaN : m;
  }

  /** Mean of present values (NaN when none). */
  public static double mean(double[] x) {
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** Sample standard deviation (n - 1) of present values (NaN when fewer than 2). */
  public static double sampleSd(double[] x) {
    double mean = mean(x);
    double ss = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
        n++;
      }
    }
    return n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
  }

  /** Median of present values (mean of the two middle values for even counts; NaN when none). */
  public static double median(double[] x) {
    double[] v = Arrays.stream(x).filter(d -> !Double.isNaN(d)).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    int h = v.length / 2;
    return v.length % 2 == 1 ? v[h] : (v[h - 1] + v[h]) / 2;
  }
}
