package org.govindex.indicators.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.govindex.contract.UnitLevel.COMMUNITY;
import static org.govindex.contract.UnitLevel.STREET;
import static org.govindex.indicators.appraisal.AppraisalFixture.byUnit;
import static org.govindex.indicators.appraisal.AppraisalFixture.objective;
import static org.govindex.indicators.appraisal.AppraisalFixture.policy;
import static org.govindex.indicators.appraisal.AppraisalFixture.subjective;
import static org.govindex.indicators.appraisal.AppraisalFixture.totals;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.govindex.contract.Table;
import org.govindex.indicators.grading.TolerantRanking;
import org.govindex.indicators.subjective.UnitSubjective;
import org.junit.jupiter.api.Test;

/**
 * The rank interval ({@link RankIntervals}, composed by {@link AppraisalTotals}): hand-worked
 * replicates and the percentile rule. The end-to-end run of the bundled sample drop stays a Spark
 * test in jobs.
 */
class AppraisalRankIntervalsTest {

  private static final double NA = Double.NaN;

  private static void assertInterval(
      Map<String, Table.Row> t, String key, Integer low, Integer high) {
    assertThat(t.get(key).integer("rank_low")).as(key + " rank_low").isEqualTo(low);
    assertThat(t.get(key).integer("rank_high")).as(key + " rank_high").isEqualTo(high);
  }

  /**
   * Community level, w = 0.7, O = 50 for all, so T_b = 0.7·S_b + 15:
   *
   * <pre>
   *        S_b                       T_b                         replicate ranks
   * A   90  70  90  70          78  64  78  64                  1  2  1  2   -> [1, 2]
   * B   70  90  70  90          64  78  64  78                  2  1  2  1   -> [1, 2]
   * C   50  50  70−8e-10  40    50  50  64−5.6e-10  43          3  3  2  3   -> [2, 3]
   * </pre>
   *
   * Nominal S 90, 80, 60 give T 78, 71, 57: ranks 1, 2, 3. In replicate 3, C is 5.6e-10 below B:
   * within the 1e-9 tolerance, so they share rank 2. With B = 4 replicates the nearest-rank
   * percentiles are the 1st (⌈0.1⌉) and 4th (⌈3.9⌉) smallest ranks. D has replicates but is
   * unranked (insufficient sample); E has no O, hence no total.
   *
   * <p>Street level, ranked on its own, w = 0.6, O = 80 for X and 20 for Y: T_X = 0.6·S + 32 = 62,
   * 65, 68, 63.2 and T_Y = 0.6·S + 8 = 56, 32, 62, 14, so X is always first [1, 1] and Y always
   * second [2, 2] (pooled with the communities, X would be below A's 78 in replicate 1).
   */
  @Test
  void handWorkedReplicateRanks() {
    List<UnitSubjective> s =
        List.of(
            subjective(
                COMMUNITY, "A", 90.0, 40, 0.0, 1.0, false, "", new double[] {90, 70, 90, 70}),
            subjective(
                COMMUNITY, "B", 80.0, 40, 0.0, 1.0, false, "", new double[] {70, 90, 70, 90}),
            subjective(
                COMMUNITY,
                "C",
                60.0,
                40,
                0.0,
                1.0,
                false,
                "",
                new double[] {50, 50, 70 - 8e-10, 40}),
            subjective(
                COMMUNITY,
                "D",
                100.0,
                10,
                0.0,
                1.0,
                true,
                "insufficient_sample",
                new double[] {100, 100, 100, 100}),
            subjective(
                COMMUNITY, "E", 50.0, 40, 0.0, 1.0, false, "", new double[] {50, 50, 50, 50}),
            subjective(STREET, "X", 55.0, 150, 0.0, 1.0, false, "", new double[] {50, 55, 60, 52}),
            subjective(STREET, "Y", 50.0, 150, 0.0, 1.0, false, "", new double[] {80, 40, 90, 10}));
    List<ObjectiveScore> o =
        List.of(
            objective(COMMUNITY, "A", 50.0, ""),
            objective(COMMUNITY, "B", 50.0, ""),
            objective(COMMUNITY, "C", 50.0, ""),
            objective(COMMUNITY, "D", 50.0, ""),
            objective(STREET, "X", 80.0, ""),
            objective(STREET, "Y", 20.0, ""));

    Map<String, Table.Row> t = byUnit(totals(s, o, policy(0.7, 0.6)));

    assertThat(t).hasSize(7);
    assertThat(t.get("community|A").integer("rank")).isEqualTo(1);
    assertThat(t.get("community|B").integer("rank")).isEqualTo(2);
    assertThat(t.get("community|C").integer("rank")).isEqualTo(3);
    assertInterval(t, "community|A", 1, 2);
    assertInterval(t, "community|B", 1, 2);
    assertInterval(t, "community|C", 2, 3);
    assertInterval(t, "community|D", null, null);
    assertInterval(t, "community|E", null, null);
    assertInterval(t, "street|X", 1, 1);
    assertInterval(t, "street|Y", 2, 2);
  }

  @Test
  void replicateTotalsAreRankedPerLevelByTheNominalRule() {
    // the matrix of the hand-worked case, directly: the same intervals
    double w = 0.7;
    double[][] s = {{90, 70, 90, 70}, {70, 90, 70, 90}, {50, 50, 70 - 8e-10, 40}};
    double[][] totals = new double[3][4];
    for (int u = 0; u < 3; u++) {
      for (int b = 0; b < 4; b++) {
        totals[u][b] = w * s[u][b] + (1.0 - w) * 50.0;
      }
    }
    int[][] out = RankIntervals.intervals(totals);
    assertThat(out[0]).containsExactly(1, 2);
    assertThat(out[1]).containsExactly(1, 2);
    assertThat(out[2]).containsExactly(2, 3);
  }

  @Test
  void percentilesTrimOneOutlierInFortyButNotTwo() {
    // nearest rank with m = 40: 2.5% -> ⌈1⌉ = 1st, 97.5% -> ⌈39⌉ = 39th smallest rank, so one
    // outlying rank at the worst end is trimmed, at the best end it is not
    double[][] oneOutlier = new double[2][40];
    double[][] twoOutliers = new double[2][40];
    for (int b = 0; b < 40; b++) {
      oneOutlier[0][b] = b == 7 ? 10 : 30; // unit 0 first except in replicate 7
      oneOutlier[1][b] = 20;
      twoOutliers[0][b] = b == 7 || b == 30 ? 10 : 30;
      twoOutliers[1][b] = 20;
    }
    int[][] one = RankIntervals.intervals(oneOutlier);
    assertThat(one[0]).containsExactly(1, 1);
    assertThat(one[1]).containsExactly(1, 2); // ranks: 1 once, 2 39 times
    int[][] two = RankIntervals.intervals(twoOutliers);
    assertThat(two[0]).containsExactly(1, 2);
    assertThat(two[1]).containsExactly(1, 2);
  }

  @Test
  void nearestRankIsExactAndAgreesWithCommonsMathTypeOne() {
    int[] thousand = IntStream.rangeClosed(1, 1000).toArray();
    assertThat(RankIntervals.nearestRank(thousand, 25)).isEqualTo(25);
    assertThat(RankIntervals.nearestRank(thousand, 975)).isEqualTo(975);
    int[] fortyOne = IntStream.rangeClosed(1, 41).toArray();
    assertThat(RankIntervals.nearestRank(fortyOne, 25)).isEqualTo(2); // ⌈1.025⌉
    assertThat(RankIntervals.nearestRank(fortyOne, 975)).isEqualTo(40); // ⌈39.975⌉
    assertThat(RankIntervals.nearestRank(new int[] {7}, 25)).isEqualTo(7);
    assertThat(RankIntervals.nearestRank(new int[] {7}, 975)).isEqualTo(7);
    assertThatThrownBy(() -> RankIntervals.nearestRank(new int[0], 25))
        .isInstanceOf(IllegalArgumentException.class);

    // Commons Math R_1 computes the same order statistic, x_(⌈p·m⌉), in floating point; compare
    // where p·m is not an integer (where it is, rounding may push R_1 one order statistic up)
    Percentile r1 = new Percentile().withEstimationType(EstimationType.R_1);
    int compared = 0;
    for (int m = 1; m <= 2000; m++) {
      double[] values = IntStream.rangeClosed(1, m).asDoubleStream().toArray();
      int[] ints = IntStream.rangeClosed(1, m).toArray();
      r1.setData(values);
      for (int perMille : new int[] {25, 975}) {
        if ((long) perMille * m % 1000 == 0) {
          continue;
        }
        assertThat((double) RankIntervals.nearestRank(ints, perMille))
            .as("m = " + m + ", per mille " + perMille)
            .isEqualTo(r1.evaluate(perMille / 10.0));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(2 * 2000 - 2 * 50); // m a multiple of 40 skipped for both
  }

  @Test
  void replicateRanksFollowTheNominalRuleWithChainedTies() {
    // descending: 20 (#1), 20−5e-10 (#2, tie), 20−1.2e-9 (#3, 7e-10 below #2: chained tie),
    // 10 (#0), 5 (#5); NaN (#4) unranked
    double[] scores = {10, 20, 20 - 5e-10, 20 - 1.2e-9, NA, 5};
    assertThat(TolerantRanking.ranks(scores)).containsExactly(4, 1, 1, 1, 0, 5);
    // a gap of 2e-9 is not a tie: 1, 2, 2, 4
    assertThat(TolerantRanking.ranks(new double[] {3, 2, 2, 2 - 2e-9 - 1e-12}))
        .containsExactly(1, 2, 2, 4);
  }

  @Test
  void anUndefinedReplicateLeavesOnlyThatUnitOutOfThatReplicate() {
    // b1: A 70, B 60, C - -> A1 B2; b2: B1 A2; b3: A -, B1; b4: B1 A2
    // A: 1, 2, 2 -> [1, 2]; B: 2, 1, 1, 1 -> [1, 2]; C never defined -> null
    int[][] out =
        RankIntervals.intervals(
            new double[][] {{70, 60, NA, 60}, {60, 70, 70, 70}, {NA, NA, NA, NA}});
    assertThat(out[0]).containsExactly(1, 2);
    assertThat(out[1]).containsExactly(1, 2);
    assertThat(out[2]).isNull();
    // a single replicate defined for A at rank 2: [2, 2]
    int[][] single = RankIntervals.intervals(new double[][] {{NA, 60}, {70, 70}});
    assertThat(single[0]).containsExactly(2, 2);
    assertThat(single[1]).containsExactly(1, 1);
  }

  @Test
  void aRankedUnitWithoutReplicatesOrWithAnotherCountIsRefused() {
    List<ObjectiveScore> o =
        List.of(objective(COMMUNITY, "A", 50.0, ""), objective(COMMUNITY, "B", 50.0, ""));
    List<UnitSubjective> onlyA =
        List.of(
            subjective(COMMUNITY, "A", 60.0, 40, 50.0, 60.0, false, "", new double[] {50, 60}),
            subjective(COMMUNITY, "B", 55.0, 40, 50.0, 60.0, false, "", null));
    assertThatThrownBy(() -> totals(onlyA, o, policy(0.7, 0.5)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("appraisal: ranked community B has no bootstrap replicates of S");
    List<UnitSubjective> uneven =
        List.of(
            subjective(COMMUNITY, "A", 60.0, 40, 50.0, 60.0, false, "", new double[] {50, 60}),
            subjective(COMMUNITY, "B", 55.0, 40, 50.0, 60.0, false, "", new double[] {50, 60, 70}));
    assertThatThrownBy(() -> totals(uneven, o, policy(0.7, 0.5)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("appraisal: community B has 3 bootstrap replicates of S, A has 2");
  }
}
