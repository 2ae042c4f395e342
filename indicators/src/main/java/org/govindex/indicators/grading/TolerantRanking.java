package org.govindex.indicators.grading;

import org.govindex.indicators.index.stats.Ranking;

/**
 * The ranking rule of the appraisal and the department rating (methodology §3, §4), the one
 * implementation used for nominal ranks and for the ranks inside every bootstrap replicate.
 *
 * <p>Units are ordered by descending score; equal scores keep the order in which the units are
 * given (callers give them in unit-code order, so code breaks ties). A unit whose score is within
 * {@link #TIE_TOLERANCE} of its predecessor's shares that unit's rank, which is the smallest rank
 * of the tie group (1, 2, 2, 4); tie groups chain, each member within the tolerance of its
 * predecessor. Units without a score (NaN) are not ranked.
 */
public final class TolerantRanking {

  /** Scores closer than this are equal. */
  public static final double TIE_TOLERANCE = 1e-9;

  private TolerantRanking() {}

  /**
   * The ranks of the scores.
   *
   * @param scores one score per unit in tie-break order, NaN for a unit that is not ranked
   * @return rank per unit (1 = best), 0 for a unit that is not ranked
   */
  public static int[] ranks(double[] scores) {
    // descending by Double.compare, equal scores in the given order
    int[] order = Ranking.order(scores, true);
    int[] ranks = new int[scores.length];
    int groupRank = 0;
    for (int position = 1; position <= order.length; position++) {
      int u = order[position - 1];
      if (position == 1 || scores[order[position - 2]] - scores[u] > TIE_TOLERANCE) {
        groupRank = position;
      }
      ranks[u] = groupRank;
    }
    return ranks;
  }
}
