package org.govindex.indicators.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.govindex.contract.Grade;
import org.junit.jupiter.api.Test;

class GradingTest {

  @Test
  void tiesWithinTheToleranceShareTheSmallestRankAndChain() {
    // 95, 95 + 5e-10 (tie), 90, 90 - 8e-10 (tie), 90 - 1.6e-9 (tie with its predecessor: chains)
    double[] scores = {95, 95 + 5e-10, 90, 90 - 8e-10, 90 - 1.6e-9, Double.NaN, 80};
    assertThat(TolerantRanking.ranks(scores)).containsExactly(1, 1, 3, 3, 3, 0, 6);
  }

  @Test
  void equalScoresKeepTheGivenOrderAndGapsFollowTies() {
    assertThat(TolerantRanking.ranks(new double[] {70, 80, 80, 60})).containsExactly(3, 1, 1, 4);
  }

  @Test
  void ranksAgreeWithABoxedSortByDescendingScoreThenGivenOrder() {
    SplittableRandom random = new SplittableRandom(23);
    double[] special = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
    for (int trial = 0; trial < 300; trial++) {
      int n = trial % 30 == 0 ? random.nextInt(3000) : random.nextInt(60);
      double[] scores = new double[n];
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(10);
        scores[i] =
            kind < 2
                ? special[random.nextInt(special.length)]
                : kind < 5
                    // values a tolerance apart, so that tie groups chain
                    ? 80 + random.nextInt(4) * 6e-10
                    : kind < 8 ? random.nextInt(5) * 10.0 : random.nextGaussian();
      }
      assertThat(TolerantRanking.ranks(scores))
          .as("trial %d, %d scores", trial, n)
          .containsExactly(boxedRanks(scores));
    }
  }

  /** The rule written out: a boxed sort by Double.compare, descending, then given order. */
  private static int[] boxedRanks(double[] scores) {
    Integer[] order =
        IntStream.range(0, scores.length)
            .filter(u -> !Double.isNaN(scores[u]))
            .boxed()
            .sorted(
                Comparator.<Integer>comparingDouble(u -> scores[u])
                    .reversed()
                    .thenComparing(Comparator.naturalOrder()))
            .toArray(Integer[]::new);
    int[] ranks = new int[scores.length];
    for (int p = 0; p < order.length; p++) {
      // equal infinities tie too: their difference is NaN, which is not above the tolerance
      boolean tied =
          p > 0 && !(scores[order[p - 1]] - scores[order[p]] > TolerantRanking.TIE_TOLERANCE);
      ranks[order[p]] = tied ? ranks[order[p - 1]] : p + 1;
    }
    return ranks;
  }

  @Test
  void gradesByThresholdsWithSampleAndMissingScore() {
    Grading grading = Grading.withoutQuota(GradeThresholds.DEFAULT);
    double[] s = {90, 89.999, 80, 60, 59.9, Double.NaN, 95};
    boolean[] insufficient = {false, false, false, false, false, false, true};
    int[] ranks =
        TolerantRanking.ranks(new double[] {90, 89.999, 80, 60, 59.9, Double.NaN, Double.NaN});
    Grading.Graded[] g = grading.grade(s, insufficient, ranks);
    assertThat(Arrays.stream(g).map(Grading.Graded::grade))
        .containsExactly(
            Grade.EXCELLENT,
            Grade.GOOD,
            Grade.GOOD,
            Grade.PASS,
            Grade.FAIL,
            null,
            Grade.INSUFFICIENT_SAMPLE);
  }

  @Test
  void quotaNeverSplitsATie() {
    // 10 ranked units, quota 0.3 → at most 3 excellent; ranks 1, 2, 3, 3 → the tie at 3 would
    // make 4, so both tied units are demoted and only ranks 1 and 2 keep 优秀
    double[] s = {99, 98, 97, 97, 96, 85, 84, 83, 82, 81};
    int[] ranks = TolerantRanking.ranks(s);
    Grading.Graded[] g =
        new Grading(GradeThresholds.DEFAULT, OptionalDouble.of(0.3))
            .grade(s, new boolean[10], ranks);
    assertThat(Arrays.stream(g).map(Grading.Graded::grade).limit(5))
        .containsExactly(Grade.EXCELLENT, Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.GOOD);
    assertThat(Arrays.stream(g).map(Grading.Graded::demoted).limit(6))
        .containsExactly(false, false, true, true, true, false);
  }
}
