package org.govindex.indicators.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govindex.indicators.innovation.InnovationFixture.community;
import static org.govindex.indicators.innovation.InnovationFixture.row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.govindex.indicators.registry.Registry;
import org.junit.jupiter.api.Test;

/**
 * Rank intervals of communities, streets and districts with the respondent bootstrap of S inside
 * the replications, checked against a brute-force second implementation written here from the
 * documented algorithm (goalposts, weighted arithmetic and power means, population-weighted
 * roll-ups, competition ranks, nearest-rank percentiles), and on hand-worked cases.
 */
class RankMonteCarloTest {

  /** dim1 = (consultations, service_fund ×2), dim2 = (S, online_share_pct), idx = dim1 + 3·dim2. */
  static final String META =
      """
      iCode,Level,Parent,Type,Direction,Weight,GoalLow,GoalHigh
      consultations,1,dim1,Indicator,1,1,0,100
      service_fund,1,dim1,Indicator,1,2,0,100
      resident_satisfaction,1,dim2,Indicator,1,1,50,100
      online_share_pct,1,dim2,Indicator,1,1,0,100
      dim1,2,idx,Aggregate,1,1,,
      dim2,2,idx,Aggregate,1,3,,
      idx,3,,Aggregate,1,1,,
      """;

  static final String RECIPE =
      """
      normalise: {method: goalposts}
      aggregate: {method: arithmetic}
      uncertainty:
        replications: 300
        seed: 11
        weights: {spread: 0.25, levels: [1, 2]}
        aggregate: [{method: arithmetic}, {method: generalised, p: 0.5}]
      """;

  /** META order of the nodes, and the weights of the perturbed ones (levels 1 and 2). */
  static final String[] NODES = {
    "consultations",
    "service_fund",
    "resident_satisfaction",
    "online_share_pct",
    "dim1",
    "dim2",
    "idx"
  };

  static final double[] WEIGHTS = {1, 2, 1, 1, 1, 3, 1};

  static final String[] COMMUNITIES = {"C1", "C2", "C3", "C4", "C5", "C6", "C7"};
  static final String[] STREETS = {"S1", "S2", "S3"};
  static final int[] STREET_OF = {0, 0, 1, 1, 2, 2, 2};
  static final int[] DISTRICT_OF_STREET = {0, 0, 1};
  static final int[] POPULATION = {1000, 3000, 2000, 2000, 500, 1500, 4000};

  /** consultations, service_fund, online_share_pct per community; S below. */
  static final double[][] VALUES = {
    {60, 55, 70}, {58, 60, 65}, {40, 45, 80}, {75, 30, 50}, {50, 50, 50}, {20, 90, 40}, {65, 62, 60}
  };

  /** S per community: C5 has none; C6's S has no replicates (taken as fixed). */
  static final double[] S = {82, 78, 90, 70, Double.NaN, 85, 80};

  /** Bootstrap replicates; C2 has one without a value (a resample without a scored answer). */
  static final double[][] REPLICATES = {
    {76, 80, 82, 84, 88},
    {70, 74, Double.NaN, 82, 86},
    {85, 88, 90, 92, 95},
    {60, 66, 70, 74, 80},
    null,
    null,
    {72, 76, 80, 84, 88}
  };

  static Registry registry() {
    List<InnovationFixture.Member> members = new ArrayList<>();
    for (int c = 0; c < COMMUNITIES.length; c++) {
      members.add(
          community(
              COMMUNITIES[c],
              STREETS[STREET_OF[c]],
              DISTRICT_OF_STREET[STREET_OF[c]] == 0 ? "D1" : "D2",
              POPULATION[c]));
    }
    return InnovationFixture.registry(members);
  }

  static IndicatorPanel panel(boolean withReplicates) {
    InnovationFixture.Panel p = new InnovationFixture.Panel();
    for (int c = 0; c < COMMUNITIES.length; c++) {
      p.put(2026, COMMUNITIES[c], "consultations", VALUES[c][0]);
      p.put(2026, COMMUNITIES[c], "service_fund", VALUES[c][1]);
      p.put(2026, COMMUNITIES[c], "online_share_pct", VALUES[c][2]);
      p.put(2026, COMMUNITIES[c], "resident_satisfaction", S[c]);
      if (withReplicates && REPLICATES[c] != null) {
        p.replicates(COMMUNITIES[c], REPLICATES[c]);
      }
    }
    return p.build(List.of(2026));
  }

  static List<IndexRow> score(String recipe, IndicatorPanel panel) {
    return InnovationScoring.score(InnovationFixture.framework(META, recipe), panel, registry())
        .index();
  }

  @Test
  void givenSurveyReplicatesWhenScoredThenEveryLevelMatchesABruteForceMonteCarlo() {
    // given the panel with S and its bootstrap replicates, and weights and means that vary
    // when the index is scored
    List<IndexRow> rows = score(RECIPE, panel(true));

    // then every community, street and district has the interval the brute force finds
    int[][][] expected = BruteForce.intervals(300, 11);
    String[][] codes = {COMMUNITIES, STREETS, {"D1", "D2"}};
    String[] levels = {"community", "street", "district"};
    for (int l = 0; l < 3; l++) {
      for (int u = 0; u < codes[l].length; u++) {
        IndexRow r = row(rows, "2026", levels[l], codes[l][u]);
        assertThat(new int[] {r.rankMedian(), r.rankP05(), r.rankP95()})
            .as(levels[l] + " " + codes[l][u])
            .containsExactly(expected[l][u]);
      }
    }
    // and the survey error matters: C1 and C2 do not keep one rank
    IndexRow c1 = row(rows, "2026", "community", "C1");
    assertThat(c1.rankP05()).isLessThan(c1.rankP95());
  }

  @Test
  void givenOnlySurveyErrorWhenScoredThenCloseCommunitiesSwapAndFarOnesDoNot() {
    // given fixed methods (no uncertainty of weights or means) and A, B equal but for S, whose
    // replicates overlap (A: 70 or 90, B: 80), and C far below on everything
    String recipe =
        """
        normalise: {method: goalposts}
        aggregate: {method: arithmetic}
        uncertainty:
          replications: 400
          seed: 3
          weights: {spread: 0}
        """;
    InnovationFixture.Panel p = new InnovationFixture.Panel();
    String[] codes = {"C1", "C2", "C3"};
    double[] s = {80, 80, 55};
    for (int c = 0; c < 3; c++) {
      double v = c == 2 ? 10 : 60;
      p.put(2026, codes[c], "consultations", v);
      p.put(2026, codes[c], "service_fund", v);
      p.put(2026, codes[c], "online_share_pct", v);
      p.put(2026, codes[c], "resident_satisfaction", s[c]);
    }
    p.replicates("C1", 70, 90).replicates("C2", 80, 80).replicates("C3", 52, 58);
    List<IndexRow> rows =
        InnovationScoring.score(
                InnovationFixture.framework(META, recipe),
                p.build(List.of(2026)),
                InnovationFixture.registry(
                    List.of(
                        community("C1", "S1", "D1", 100),
                        community("C2", "S1", "D1", 100),
                        community("C3", "S2", "D1", 100))))
            .index();

    // then A is first when it draws 90 and second when it draws 70 (about half the replications
    // each: the 5%-95% interval is 1-2 for A and B), C is third in every one
    IndexRow a = row(rows, "2026", "community", "C1");
    IndexRow b = row(rows, "2026", "community", "C2");
    IndexRow c = row(rows, "2026", "community", "C3");
    assertThat(List.of(a.rankP05(), a.rankP95())).containsExactly(1, 2);
    assertThat(List.of(b.rankP05(), b.rankP95())).containsExactly(1, 2);
    assertThat(List.of(c.rankP05(), c.rankMedian(), c.rankP95())).containsExactly(3, 3, 3);
    // and the street of A and B is first in every replication
    IndexRow s1 = row(rows, "2026", "street", "S1");
    assertThat(List.of(s1.rankP05(), s1.rankMedian(), s1.rankP95())).containsExactly(1, 1, 1);
  }

  @Test
  void givenReplicatesEqualToSWhenScoredThenTheIntervalsAreThoseOfAFixedS() {
    // given every replicate equal to the community's S (no sampling error)
    InnovationFixture.Panel p = new InnovationFixture.Panel();
    for (int c = 0; c < COMMUNITIES.length; c++) {
      p.put(2026, COMMUNITIES[c], "consultations", VALUES[c][0]);
      p.put(2026, COMMUNITIES[c], "service_fund", VALUES[c][1]);
      p.put(2026, COMMUNITIES[c], "online_share_pct", VALUES[c][2]);
      p.put(2026, COMMUNITIES[c], "resident_satisfaction", S[c]);
      if (!Double.isNaN(S[c])) {
        p.replicates(COMMUNITIES[c], S[c], S[c], S[c]);
      }
    }

    // when / then: the same intervals as without replicates, at every level
    List<IndexRow> constant = score(RECIPE, p.build(List.of(2026)));
    List<IndexRow> fixed = score(RECIPE, panel(false));
    for (int i = 0; i < fixed.size(); i++) {
      IndexRow x = constant.get(i);
      IndexRow y = fixed.get(i);
      assertThat(List.of(x.rankMedian(), x.rankP05(), x.rankP95()))
          .as(y.level() + " " + y.unitCode())
          .isEqualTo(List.of(y.rankMedian(), y.rankP05(), y.rankP95()));
    }
  }

  @Test
  void nearestRankPercentilesAreRanksOfTheSample() {
    // hand-worked: n = 7, P-th percentile = the ⌈7P/100⌉-th smallest
    int[] seven = {1, 1, 2, 2, 3, 5, 9};
    assertThat(RankMonteCarlo.nearestRank(seven, 5)).isEqualTo(1); // ⌈0.35⌉ = 1st
    assertThat(RankMonteCarlo.nearestRank(seven, 50)).isEqualTo(2); // ⌈3.5⌉ = 4th
    assertThat(RankMonteCarlo.nearestRank(seven, 95)).isEqualTo(9); // ⌈6.65⌉ = 7th
    int[] twenty = new int[20];
    Arrays.setAll(twenty, i -> i + 1);
    assertThat(RankMonteCarlo.nearestRank(twenty, 5)).isEqualTo(1); // ⌈1⌉
    assertThat(RankMonteCarlo.nearestRank(twenty, 50)).isEqualTo(10); // ⌈10⌉
    assertThat(RankMonteCarlo.nearestRank(twenty, 95)).isEqualTo(19); // ⌈19⌉
    // ranks 0 (unranked in a replication) are left out; none at all gives no interval
    assertThat(RankMonteCarlo.interval(new int[] {0, 4, 0, 2, 3}))
        .isEqualTo(new RankMonteCarlo.Interval(3, 2, 4));
    assertThat(RankMonteCarlo.interval(new int[] {0, 0})).isNull();
  }

  /** The documented algorithm written out for the fixture, without the engine. */
  static final class BruteForce {

    /** [level][unit] → {median, p05, p95}. */
    static int[][][] intervals(int reps, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      SplittableRandom bootstrap = new SplittableRandom(seed ^ RankMonteCarlo.BOOTSTRAP_SALT);
      int[] sizes = {COMMUNITIES.length, STREETS.length, 2};
      List<List<List<Integer>>> ranks = new ArrayList<>();
      for (int size : sizes) {
        List<List<Integer>> level = new ArrayList<>();
        for (int u = 0; u < size; u++) {
          level.add(new ArrayList<>());
        }
        ranks.add(level);
      }
      for (int r = 0; r < reps; r++) {
        // u: six perturbed weights (every node but the root), then the aggregation choice
        double[] w = WEIGHTS.clone();
        for (int k = 0; k < 6; k++) {
          w[k] *= 1 + 0.25 * (2 * random.nextDouble() - 1);
        }
        double p = random.nextDouble() < 0.5 ? 1 : 0.5;
        SplittableRandom picks = bootstrap.split();
        double[] index = new double[COMMUNITIES.length];
        for (int c = 0; c < COMMUNITIES.length; c++) {
          double s = S[c];
          if (REPLICATES[c] != null) {
            s = REPLICATES[c][picks.nextInt(REPLICATES[c].length)];
          }
          double d1 =
              mean(
                  new double[] {goal(VALUES[c][0], 0, 100), goal(VALUES[c][1], 0, 100)},
                  new double[] {w[0], w[1]},
                  p);
          double d2 =
              mean(
                  new double[] {goal(s, 50, 100), goal(VALUES[c][2], 0, 100)},
                  new double[] {w[2], w[3]},
                  p);
          index[c] = mean(new double[] {d1, d2}, new double[] {w[4], w[5]}, p);
        }
        double[] streets = rollUp(index, STREET_OF, STREETS.length);
        int[] districtOf = new int[COMMUNITIES.length];
        for (int c = 0; c < districtOf.length; c++) {
          districtOf[c] = DISTRICT_OF_STREET[STREET_OF[c]];
        }
        double[] districts = rollUp(index, districtOf, 2);
        double[][] levels = {index, streets, districts};
        for (int l = 0; l < 3; l++) {
          for (int u = 0; u < sizes[l]; u++) {
            int better = 0;
            for (double other : levels[l]) {
              better += other > levels[l][u] ? 1 : 0;
            }
            ranks.get(l).get(u).add(better + 1);
          }
        }
      }
      int[][][] out = new int[3][][];
      for (int l = 0; l < 3; l++) {
        out[l] = new int[sizes[l]][];
        for (int u = 0; u < sizes[l]; u++) {
          int[] sorted =
              ranks.get(l).get(u).stream().mapToInt(Integer::intValue).sorted().toArray();
          out[l][u] =
              new int[] {
                percentile(sorted, 0.50), percentile(sorted, 0.05), percentile(sorted, 0.95)
              };
        }
      }
      return out;
    }

    static double goal(double x, double low, double high) {
      return Double.isNaN(x)
          ? Double.NaN
          : 100 * Math.min(1, Math.max(0, (x - low) / (high - low)));
    }

    /** Weighted power mean of the present values, weights renormalised over them. */
    static double mean(double[] x, double[] w, double p) {
      double s = 0;
      double sw = 0;
      for (int i = 0; i < x.length; i++) {
        if (!Double.isNaN(x[i])) {
          s += w[i] * Math.pow(x[i], p);
          sw += w[i];
        }
      }
      return Math.pow(s / sw, 1 / p);
    }

    static double[] rollUp(double[] index, int[] parent, int n) {
      double[] sum = new double[n];
      double[] pop = new double[n];
      for (int c = 0; c < index.length; c++) {
        sum[parent[c]] += POPULATION[c] * index[c];
        pop[parent[c]] += POPULATION[c];
      }
      double[] out = new double[n];
      for (int u = 0; u < n; u++) {
        out[u] = sum[u] / pop[u];
      }
      return out;
    }

    static int percentile(int[] sorted, double share) {
      int k = (int) Math.ceil(share * sorted.length - 1e-9);
      return sorted[Math.max(k, 1) - 1];
    }
  }
}
