package org.govindex.indicators.index.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Ranks against a second implementation (a boxed stable sort) and a hand-worked example. */
class RankingTest {

  @Test
  void handWorkedCompetitionRanks() {
    // 7, 9, NaN, 7, 3 descending: 9 first, the two 7 share 2nd, 3 is 4th
    assertThat(Ranking.competitionRanks(new double[] {7, 9, Double.NaN, 7, 3}, true))
        .containsExactly(2, 1, 0, 2, 4);
    assertThat(Ranking.ranks(new double[] {7, 9, Double.NaN, 7, 3}, false, TieRule.AVERAGE))
        .containsExactly(2.5, 4, Double.NaN, 2.5, 1);
  }

  /**
   * Competition ranks against their definition, counted pair by pair: 1 + the number of present
   * values strictly better, with signed zeros, infinities, subnormal and huge values, many ties and
   * missing values, from no value to a few thousand.
   */
  @Test
  void competitionRanksAreOnePlusTheNumberOfStrictlyBetterValues() {
    SplittableRandom random = new SplittableRandom(11);
    double[] special = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
    for (int trial = 0; trial < 300; trial++) {
      int n = trial % 30 == 0 ? random.nextInt(3000) : 1 + random.nextInt(80);
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(12);
        x[i] =
            kind < 2
                ? special[random.nextInt(special.length)]
                : kind < 6
                    ? random.nextInt(4) - 1.5
                    : kind < 10
                        ? random.nextGaussian()
                        : random.nextGaussian() * Math.pow(10, random.nextInt(-320, 300));
      }
      for (boolean descending : new boolean[] {true, false}) {
        int[] expected = new int[n];
        for (int i = 0; i < n; i++) {
          if (Double.isNaN(x[i])) {
            continue;
          }
          expected[i] = 1;
          for (double other : x) {
            if (descending ? other > x[i] : other < x[i]) {
              expected[i]++;
            }
          }
        }
        assertThat(Ranking.competitionRanks(x, descending))
            .as("trial %d, descending %s: %s", trial, descending, Arrays.toString(x))
            .containsExactly(expected);
      }
    }
  }

  @Test
  void noPresentValueHasNoRank() {
    assertThat(Ranking.competitionRanks(new double[0], true)).isEmpty();
    assertThat(Ranking.competitionRanks(new double[] {Double.NaN, Double.NaN}, false))
        .containsExactly(0, 0);
    assertThat(Ranking.competitionRanks(new double[] {Double.NaN, 4}, true)).containsExactly(0, 1);
  }

  @Test
  void everyTieRuleAndDirectionAgreesWithABoxedStableSort() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 200; trial++) {
      int n = trial % 40 == 0 ? random.nextInt(2000) : 1 + random.nextInt(60);
      double[] x = new double[n];
      double[] special = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1e300};
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(12);
        x[i] =
            kind == 0
                ? Double.NaN
                : kind < 4
                    ? random.nextInt(5) - 2
                    : kind < 6 ? special[random.nextInt(special.length)] : random.nextGaussian();
      }
      for (boolean descending : new boolean[] {true, false}) {
        for (TieRule ties : TieRule.values()) {
          assertThat(Ranking.ranks(x, descending, ties))
              .as("trial %d, %s, %s", trial, descending, ties)
              .containsExactly(reference(x, descending, ties));
        }
      }
    }
  }

  /** Ranks by Arrays.sort of boxed positions (stable), ties grouped by equal values. */
  private static double[] reference(double[] x, boolean descending, TieRule ties) {
    Integer[] present =
        IntStream.range(0, x.length)
            .filter(i -> !Double.isNaN(x[i]))
            .boxed()
            .toArray(Integer[]::new);
    Comparator<Integer> byValue = (a, b) -> Double.compare(x[a], x[b]);
    Arrays.sort(present, descending ? byValue.reversed() : byValue);
    double[] out = new double[x.length];
    Arrays.fill(out, Double.NaN);
    for (int k = 0; k < present.length; k++) {
      int first = k;
      int last = k;
      while (first > 0 && x[present[first - 1]] == x[present[k]]) {
        first--;
      }
      while (last < present.length - 1 && x[present[last + 1]] == x[present[k]]) {
        last++;
      }
      out[present[k]] =
          switch (ties) {
            case MIN -> first + 1;
            case MAX -> last + 1;
            case AVERAGE -> (first + last + 2) / 2.0;
            case FIRST -> k + 1;
          };
    }
    return out;
  }
}
