package org.govindex.indicators.appraisal;

import java.util.Arrays;
import org.govindex.indicators.grading.TolerantRanking;

/**
 * The 95% uncertainty interval of a unit's appraisal rank ({@code rank_low}, {@code rank_high}),
 * from the same respondent bootstrap that gives ci_low and ci_high of S (methodology §1, §3).
 *
 * <p>Replicate totals. For replicate b = 1..B, a ranked unit's total is {@code T_b = w·S_b + (1 −
 * w)·O}: S_b is the unit's b-th bootstrap replicate of S (for a community its own respondent
 * bootstrap, for a street the population-weighted combination of its communities' replicates), w
 * the level's subjective weight and O the objective score, held fixed because it is an exact count
 * of records, not a sample. Replicates of different units come from different respondents drawn
 * independently, so replicate b of every unit together is one valid joint draw.
 *
 * <p>Replicate ranks. Within replicate b the level's ranked units — exactly those with a nominal
 * rank — are ranked by {@link TolerantRanking}, units in unit-code order. A replicate in which a
 * unit's S_b is undefined (NaN) gives that unit no rank, and the others are ranked without it.
 *
 * <p>Percentiles: the <b>nearest-rank</b> rule, exact in integer arithmetic. With the unit's m
 * replicate ranks sorted r_(1) ≤ … ≤ r_(m), the p-th percentile is r_(k), k = max(1, ⌈p·m/100⌉);
 * {@code rank_low} is the 2.5th and {@code rank_high} the 97.5th (with B = 1,000: r_(25) and
 * r_(975)). This is Commons Math {@code Percentile} with {@code EstimationType.R_1} without its
 * floating-point rounding of p·m; it always yields a rank that occurred, so both bounds are
 * integers. The nominal rank need not lie inside the interval (it is the rank of the point
 * estimate, not a replicate).
 */
public final class RankIntervals {

  /** Lower percentile, in per mille (2.5%). */
  public static final int LOWER_PER_MILLE = 25;

  /** Upper percentile, in per mille (97.5%). */
  public static final int UPPER_PER_MILLE = 975;

  private RankIntervals() {}

  /**
   * The rank intervals of a level's ranked units.
   *
   * @param totals totals[u][b] = T_b of unit u, units in unit-code order (the tie-break), NaN where
   *     undefined; every row of the same length B
   * @return per unit {rank_low, rank_high}, or null when none of its replicates is defined
   */
  public static int[][] intervals(double[][] totals) {
    int n = totals.length;
    int resamples = n == 0 ? 0 : totals[0].length;
    int[][] ranks = new int[n][resamples];
    double[] column = new double[n];
    for (int b = 0; b < resamples; b++) {
      for (int u = 0; u < n; u++) {
        column[u] = totals[u][b];
      }
      int[] replicateRanks = TolerantRanking.ranks(column);
      for (int u = 0; u < n; u++) {
        ranks[u][b] = replicateRanks[u];
      }
    }
    int[][] out = new int[n][];
    for (int u = 0; u < n; u++) {
      int[] defined = Arrays.stream(ranks[u]).filter(r -> r > 0).sorted().toArray();
      out[u] =
          defined.length == 0
              ? null
              : new int[] {
                nearestRank(defined, LOWER_PER_MILLE), nearestRank(defined, UPPER_PER_MILLE)
              };
    }
    return out;
  }

  /**
   * Nearest-rank percentile of sorted values: the k-th smallest, k = max(1, ⌈perMille·m/1000⌉),
   * computed exactly in integers.
   */
  public static int nearestRank(int[] sorted, int perMille) {
    if (sorted.length == 0 || perMille < 0 || perMille > 1000) {
      throw new IllegalArgumentException(
          "nearest rank: " + sorted.length + " values, per mille " + perMille);
    }
    long k = ((long) perMille * sorted.length + 999) / 1000;
    return sorted[(int) Math.max(1, k) - 1];
  }
}
