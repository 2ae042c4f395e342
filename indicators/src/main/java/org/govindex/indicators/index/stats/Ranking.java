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
    // rank = 1 + the number of present values strictly better; counted by binary search in the
    // sorted present values (a primitive sort: the Monte Carlo ranks thousands of units a
    // thousand times), -0.0 read as 0.0 since the two tie
    double[] sorted = new double[x.length];
    int m = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        sorted[m++] = v + 0.0;
      }
    }
    Arrays.sort(sorted, 0, m);
    int[] out = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        double v = x[i] + 0.0;
        out[i] =
            1 + (descending ? m - countBelow(sorted, m, v, true) : countBelow(sorted, m, v, false));
      }
    }
    return out;
  }

  /**
   * The number of values of {@code sorted[0..m)} below {@code v}, or at most {@code v} when {@code
   * inclusive} (a binary search).
   */
  private static int countBelow(double[] sorted, int m, double v, boolean inclusive) {
    int lo = 0;
    int hi = m;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v || (inclusive && sorted[mid] == v)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Ranks of the present values, 1 for the highest when {@code descending}, else for the lowest;
   * ties as {@code ties} says (see {@link TieRule}); NaN stays NaN.
   */
  public static double[] ranks(double[] x, boolean descending, TieRule ties) {
    int n = x.length;
    int[] order = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(x[i])) {
        order[m++] = i;
      }
    }
    int[] present = Arrays.copyOf(order, m);
    stableSort(present, x, descending);
    double[] ranks = new double[n];
    Arrays.fill(ranks, Double.NaN);
    int start = 0;
    while (start < m) {
      int end = start + 1;
      while (end < m && x[present[end]] == x[present[start]]) {
        end++;
      }
      for (int k = start; k < end; k++) {
        ranks[present[k]] =
            switch (ties) {
              case MIN -> start + 1;
              case MAX -> end;
              case AVERAGE -> (start + 1 + end) / 2.0;
              case FIRST -> k + 1;
            };
      }
      start = end;
    }
    return ranks;
  }

  /**
   * Sorts unit positions by their values ({@link Double#compare}, reversed when {@code
   * descending}), equal values in position order: a merge sort on primitive positions (no boxing;
   * the Monte Carlo ranks thousands of units a thousand times).
   */
  private static void stableSort(int[] positions, double[] x, boolean descending) {
    int[] buffer = new int[positions.length];
    int[] from = positions;
    int[] to = buffer;
    for (int width = 1; width < positions.length; width *= 2) {
      for (int lo = 0; lo < positions.length; lo += 2 * width) {
        int mid = Math.min(lo + width, positions.length);
        int hi = Math.min(lo + 2 * width, positions.length);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
          boolean left =
              j >= hi
                  || (i < mid
                      && (descending
                              ? Double.compare(x[from[j]], x[from[i]])
                              : Double.compare(x[from[i]], x[from[j]]))
                          <= 0);
          to[k] = left ? from[i++] : from[j++];
        }
      }
      int[] swap = from;
      from = to;
      to = swap;
    }
    if (from != positions) {
      System.arraycopy(from, 0, positions, 0, positions.length);
    }
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
