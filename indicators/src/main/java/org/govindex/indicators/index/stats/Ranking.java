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
    // the present values' positions in value order (a radix sort: the Monte Carlo ranks thousands
    // of units a thousand times), then one pass over the runs of equal values: a run [start, end)
    // has start values below it and m − end above it; -0.0 is read as 0.0 since the two tie
    long[] keys = new long[x.length];
    int[] positions = new int[x.length];
    int m = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        keys[m] = orderedBits(x[i] + 0.0);
        positions[m++] = i;
      }
    }
    sortByKey(keys, positions, m);
    int[] out = new int[x.length];
    for (int start = 0; start < m; ) {
      int end = start + 1;
      while (end < m && keys[end] == keys[start]) {
        end++;
      }
      int rank = descending ? 1 + m - end : 1 + start;
      for (int k = start; k < end; k++) {
        out[positions[k]] = rank;
      }
      start = end;
    }
    return out;
  }

  /**
   * The bits of a value that is not NaN, changed so that their unsigned order is the order of
   * {@link Double#compare} (-0.0 before 0.0): the sign bit flipped for positive values, every bit
   * for negative ones.
   */
  private static long orderedBits(double v) {
    long bits = Double.doubleToRawLongBits(v);
    return bits ^ ((bits >> 63) | Long.MIN_VALUE);
  }

  /**
   * Sorts {@code keys[0..m)} as unsigned numbers and {@code positions[0..m)} along with them: a
   * least-significant-digit radix sort, one byte per pass, skipping a byte every key has alike (a
   * stable counting sort per pass; Cormen et al., Introduction to Algorithms, 3rd ed., §8.3).
   */
  private static void sortByKey(long[] keys, int[] positions, int m) {
    if (m < 2) {
      return;
    }
    long[] keysFrom = keys;
    int[] positionsFrom = positions;
    long[] keysTo = new long[m];
    int[] positionsTo = new int[m];
    int[] start = new int[257];
    for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
      Arrays.fill(start, 0);
      for (int i = 0; i < m; i++) {
        start[1 + (int) ((keysFrom[i] >>> shift) & 0xFF)]++;
      }
      if (start[1 + (int) ((keysFrom[0] >>> shift) & 0xFF)] == m) {
        continue;
      }
      for (int d = 1; d < start.length; d++) {
        start[d] += start[d - 1];
      }
      for (int i = 0; i < m; i++) {
        int to = start[(int) ((keysFrom[i] >>> shift) & 0xFF)]++;
        keysTo[to] = keysFrom[i];
        positionsTo[to] = positionsFrom[i];
      }
      long[] keysSwap = keysFrom;
      keysFrom = keysTo;
      keysTo = keysSwap;
      int[] positionsSwap = positionsFrom;
      positionsFrom = positionsTo;
      positionsTo = positionsSwap;
    }
    if (keysFrom != keys) {
      System.arraycopy(keysFrom, 0, keys, 0, m);
      System.arraycopy(positionsFrom, 0, positions, 0, m);
    }
  }

  /**
   * Ranks of the present values, 1 for the highest when {@code descending}, else for the lowest;
   * ties as {@code ties} says (see {@link TieRule}); NaN stays NaN.
   */
  public static double[] ranks(double[] x, boolean descending, TieRule ties) {
    int n = x.length;
    int[] present = order(x, descending);
    int m = present.length;
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
   * The positions of the present (non-NaN) values in the order of {@link Double#compare} of their
   * values (-0.0 before 0.0), reversed when {@code descending}; equal values keep their position
   * order (the radix sort is stable).
   */
  public static int[] order(double[] x, boolean descending) {
    int m = 0;
    int[] positions = new int[x.length];
    long[] keys = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        long bits = orderedBits(x[i]);
        keys[m] = descending ? ~bits : bits;
        positions[m++] = i;
      }
    }
    sortByKey(keys, positions, m);
    return m == x.length ? positions : Arrays.copyOf(positions, m);
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
