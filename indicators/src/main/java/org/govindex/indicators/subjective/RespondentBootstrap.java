package org.govindex.indicators.subjective;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Percentile bootstrap of a community's subjective score S over its respondents (pure Java).
 *
 * <p>Data: respondent r (r = 0..n−1, in ascending response_id order) has a score x[r][k] for
 * community item k, or NaN when the answer is not scored. The statistic is
 *
 * <pre>
 *   S = Σ_k w_k·m_k / Σ_{k: n_k &gt; 0} w_k,   m_k = (Σ_r x[r][k]) / n_k,
 * </pre>
 *
 * summing over items with n_k &gt; 0 scored answers (items without one drop out and the weights are
 * renormalised); S is NaN when no item has a scored answer.
 *
 * <p>Resample b (b = 0..B−1) draws n respondent indices with replacement, {@code random.nextInt(n)}
 * in sequence from one {@link java.util.Random} seeded with {@link #unitSeed(long, String)}, and
 * recomputes S on them. A replicate where no item has a scored answer is NaN and left out of the
 * percentiles. {@code java.util.Random}'s generator is used because its algorithm is fixed by its
 * specification, so replicates are identical on every JVM and independent of the Spark partitioning
 * ({@link Lcg} computes the same numbers without {@code Random}'s atomic update).
 */
public final class RespondentBootstrap {

  /** Lower tail of the 95% interval, in percent. */
  public static final double LOWER_PERCENT = 2.5;

  /** Upper tail of the 95% interval, in percent. */
  public static final double UPPER_PERCENT = 97.5;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private RespondentBootstrap() {}

  /**
   * Seed of a unit's generator: {@code baseSeed XOR fnv1a64(utf8(unitCode))} (64-bit FNV-1a), so it
   * depends only on the base seed and the unit code.
   */
  public static long unitSeed(long baseSeed, String unitCode) {
    long hash = FNV_OFFSET;
    for (byte b : unitCode.getBytes(StandardCharsets.UTF_8)) {
      hash ^= (b & 0xff);
      hash *= FNV_PRIME;
    }
    return baseSeed ^ hash;
  }

  /** S of the respondents (all of them, once each); NaN when no item has a scored answer. */
  public static double score(double[][] respondents, double[] weights) {
    double[] sums = new double[weights.length];
    int[] counts = new int[weights.length];
    for (double[] respondent : respondents) {
      accumulate(respondent, sums, counts);
    }
    return weightedMean(sums, counts, weights);
  }

  /**
   * The B bootstrap replicates of S (NaN where undefined), in draw order.
   *
   * <p>When every scored answer is a non-negative integer, as the survey's scores 0, 25, …, 100
   * are, each resample's item sums are added as integers in {@link PackedAnswers} bit fields: every
   * partial sum of the draw-order loop is then an integer below 2^53, so the double sums are exact
   * and equal the integer ones, and the replicates are the same numbers, bit for bit ({@link
   * #replicatesInDrawOrder} is the loop for any other answers).
   *
   * @param respondents x[r][k] as described in the class comment, rows in response_id order
   * @param weights item weights w_k (positive)
   * @param resamples B
   * @param seed the unit's seed, see {@link #unitSeed(long, String)}
   */
  public static double[] replicates(
      double[][] respondents, double[] weights, int resamples, long seed) {
    PackedAnswers packed = PackedAnswers.of(respondents, weights.length);
    if (packed == null) {
      return replicatesInDrawOrder(respondents, weights, resamples, seed);
    }
    int n = respondents.length;
    int items = weights.length;
    double[] out = new double[resamples];
    Lcg random = new Lcg(seed);
    long[] totals = new long[packed.words()];
    double[] sums = new double[items];
    int[] counts = new int[items];
    for (int b = 0; b < resamples; b++) {
      Arrays.fill(totals, 0L);
      for (int draw = 0; draw < n; draw++) {
        packed.add(random.nextInt(n), totals);
      }
      packed.unpack(totals, sums, counts);
      out[b] = weightedMean(sums, counts, weights);
    }
    return out;
  }

  /** As {@link #replicates}, each item's sum added in draw order as a double (any answers). */
  static double[] replicatesInDrawOrder(
      double[][] respondents, double[] weights, int resamples, long seed) {
    double[] out = new double[resamples];
    int n = respondents.length;
    if (n == 0) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    // the answers laid out item by item (values[k·n + r]), a scored answer as (value, 1) and any
    // other as (0, 0): adding 0.0 to a sum that starts at +0.0 leaves it as it is, so the sums
    // are those of skipping them
    int items = weights.length;
    double[] values = new double[items * n];
    int[] scored = new int[items * n];
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < items; k++) {
        double x = respondents[r][k];
        boolean isScored = !Double.isNaN(x);
        values[k * n + r] = isScored ? x : 0.0;
        scored[k * n + r] = isScored ? 1 : 0;
      }
    }
    Lcg random = new Lcg(seed);
    int[] drawn = new int[n];
    double[] sums = new double[items];
    int[] counts = new int[items];
    for (int b = 0; b < resamples; b++) {
      for (int draw = 0; draw < n; draw++) {
        drawn[draw] = random.nextInt(n);
      }
      // each item's sum in draw order, as one loop over the draws would add them; two items
      // per pass over the draws keep both sums in registers
      int k = 0;
      for (; k + 1 < items; k += 2) {
        int first = k * n;
        int second = first + n;
        double sum0 = 0.0;
        double sum1 = 0.0;
        int count0 = 0;
        int count1 = 0;
        for (int draw = 0; draw < n; draw++) {
          int r = drawn[draw];
          sum0 += values[first + r];
          count0 += scored[first + r];
          sum1 += values[second + r];
          count1 += scored[second + r];
        }
        sums[k] = sum0;
        sums[k + 1] = sum1;
        counts[k] = count0;
        counts[k + 1] = count1;
      }
      if (k < items) {
        int last = k * n;
        double sum = 0.0;
        int count = 0;
        for (int draw = 0; draw < n; draw++) {
          sum += values[last + drawn[draw]];
          count += scored[last + drawn[draw]];
        }
        sums[k] = sum;
        counts[k] = count;
      }
      out[b] = weightedMean(sums, counts, weights);
    }
    return out;
  }

  /**
   * {@link java.util.Random}'s generator as its specification fixes it (the 48-bit linear
   * congruential generator and {@code nextInt(bound)}), without the atomic update that makes {@code
   * Random} safe to share between threads: the same numbers, several times faster in the
   * bootstrap's inner loop, for one thread.
   *
   * <p>The remainder {@code u % bound} of {@code nextInt} is computed exactly without a division:
   * with {@code M = floor((2^64 − 1) / bound) + 1}, {@code u mod bound = floor(((M·u) mod 2^64) ·
   * bound / 2^64)} for all {@code 0 <= u, bound < 2^32} (Lemire, Kaser &amp; Kurz, "Faster
   * remainder by direct computation", Software: Practice and Experience 49(6), 2019, theorem 1). M
   * is computed once per bound, and a resample draws thousands of times from one bound.
   */
  static final class Lcg {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private long state;
    private int bound;
    private long inverse;

    /** The generator of {@code new Random(seed)}. */
    Lcg(long seed) {
      state = (seed ^ MULTIPLIER) & MASK;
    }

    private int next(int bits) {
      state = (state * MULTIPLIER + ADDEND) & MASK;
      return (int) (state >>> (48 - bits));
    }

    /** As {@link Random#nextInt(int)}, for {@code bound > 0}. */
    int nextInt(int bound) {
      int r = next(31);
      int m = bound - 1;
      if ((bound & m) == 0) {
        return (int) ((bound * (long) r) >> 31);
      }
      if (bound != this.bound) {
        this.bound = bound;
        inverse = Long.divideUnsigned(-1L, bound) + 1;
      }
      for (int u = r; u - (r = remainder(u, bound, inverse)) + m < 0; u = next(31)) {
        // rejected: u fell in the incomplete last block of bound values
      }
      return r;
    }

    /** {@code u % bound} for {@code u >= 0}, {@code bound > 0}, from M as in the class comment. */
    static int remainder(int u, int bound, long inverse) {
      long fraction = inverse * u;
      // the high 64 bits of the unsigned 128-bit product fraction·bound (bound is positive)
      return (int) (Math.multiplyHigh(fraction, bound) + ((fraction >> 63) & bound));
    }
  }

  private static void accumulate(double[] respondent, double[] sums, int[] counts) {
    for (int k = 0; k < respondent.length; k++) {
      if (!Double.isNaN(respondent[k])) {
        sums[k] += respondent[k];
        counts[k]++;
      }
    }
  }

  private static double weightedMean(double[] sums, int[] counts, double[] weights) {
    double weighted = 0.0;
    double weightSum = 0.0;
    for (int k = 0; k < weights.length; k++) {
      if (counts[k] > 0) {
        weighted += weights[k] * (sums[k] / counts[k]);
        weightSum += weights[k];
      }
    }
    return weightSum > 0 ? weighted / weightSum : Double.NaN;
  }
}
