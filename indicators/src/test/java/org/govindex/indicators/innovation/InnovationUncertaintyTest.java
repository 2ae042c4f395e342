package org.govindex.indicators.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.govindex.indicators.innovation.InnovationFixture.community;
import static org.govindex.indicators.innovation.InnovationFixture.row;

import java.util.List;
import org.govindex.indicators.registry.Registry;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo rank intervals ({@link RankMonteCarlo}) and the significance of year-on-year changes.
 */
class InnovationUncertaintyTest {

  static final String META =
      """
      iCode,Level,Parent,Type,Direction,Weight,GoalLow,GoalHigh
      consultations,1,dim1,Indicator,1,1,0,100
      service_fund,1,dim1,Indicator,1,1,0,100
      online_share_pct,1,dim2,Indicator,1,1,0,100
      dim1,2,idx,Aggregate,1,1,,
      dim2,2,idx,Aggregate,1,1,,
      idx,3,,Aggregate,1,1,,
      """;

  /** Weights ±25 %, goalposts or percentile ranks, arithmetic or power mean p = 0.5. */
  static final String RECIPE =
      """
      normalise: {method: goalposts}
      aggregate: {method: arithmetic}
      uncertainty:
        replications: 400
        seed: 7
        weights: {spread: 0.25, levels: [1, 2]}
        normalise: [{method: goalposts}, {method: prank}]
        aggregate: [{method: arithmetic}, {method: generalised, p: 0.5}]
      """;

  static final String[] CODES = {"consultations", "service_fund", "online_share_pct"};

  static final Registry DIRECTORY =
      InnovationFixture.registry(
          List.of(
              community("U1", "S1", "D1", 100),
              community("U2", "S1", "D1", 100),
              community("U3", "S2", "D1", 100),
              community("U4", "S2", "D1", 100)));

  @Test
  void dominatedUnitsKeepTheirRankInEveryReplication() {
    // U1 > U2 > U3 > U4 on every indicator: every weighting, every monotone normalisation and every
    // mean keeps the order, so the interval must collapse on the nominal rank.
    InnovationFixture.Panel p = new InnovationFixture.Panel();
    double[][] v = {{90, 80, 70}, {60, 55, 50}, {40, 30, 45}, {10, 20, 5}};
    for (int u = 0; u < 4; u++) {
      for (int k = 0; k < 3; k++) {
        p.put(2026, "U" + (u + 1), CODES[k], v[u][k]);
      }
    }
    List<IndexRow> rows =
        InnovationScoring.score(
                InnovationFixture.framework(META, RECIPE), p.build(List.of(2026)), DIRECTORY)
            .index();
    for (int u = 1; u <= 4; u++) {
      IndexRow r = row(rows, "2026", "community", "U" + u);
      assertThat(r.rank()).isEqualTo(u);
      assertThat(r.rankP05()).isEqualTo(u);
      assertThat(r.rankMedian()).isEqualTo(u);
      assertThat(r.rankP95()).isEqualTo(u);
    }
  }

  @Test
  void crossingUnitsGetOrderedIntervals() {
    // U1 and U2 trade places depending on the weights; intervals are ordered and within 1..4.
    InnovationFixture.Panel p = new InnovationFixture.Panel();
    double[][] v = {{90, 10, 50}, {10, 90, 52}, {50, 50, 40}, {5, 5, 5}};
    for (int u = 0; u < 4; u++) {
      for (int k = 0; k < 3; k++) {
        p.put(2026, "U" + (u + 1), CODES[k], v[u][k]);
      }
    }
    List<IndexRow> rows =
        InnovationScoring.score(
                InnovationFixture.framework(META, RECIPE), p.build(List.of(2026)), DIRECTORY)
            .index();
    for (int u = 1; u <= 4; u++) {
      IndexRow r = row(rows, "2026", "community", "U" + u);
      assertThat(r.rankP05()).isLessThanOrEqualTo(r.rankMedian());
      assertThat(r.rankMedian()).isLessThanOrEqualTo(r.rankP95());
      assertThat(r.rankP05()).isGreaterThanOrEqualTo(1);
      assertThat(r.rankP95()).isLessThanOrEqualTo(4);
    }
    IndexRow u1 = row(rows, "2026", "community", "U1");
    assertThat(u1.rankP95()).as("U1 is not first in every replication").isGreaterThan(u1.rankP05());
    assertThat(row(rows, "2026", "community", "U4").rankP05()).isEqualTo(4);
  }

  @Test
  void changeIsSignificantOnlyWhenItsSignSurvivesTheDesign() {
    // one dimension, two equally weighted indicators; the year-on-year change of
    //   U1: a +10, b -10  -> (w_a·10 − w_b·10)/(w_a + w_b): either sign -> not significant, nominal
    // 0
    //   U2: a +10, b +5   -> positive for every weight -> significant, nominal 7.5
    //   U3: unchanged     -> exactly 0 in every replication -> not significant
    //   U4: a -20, b -20  -> −20 for every weight -> significant
    String meta =
        """
        iCode,Level,Parent,Type,Direction,Weight,GoalLow,GoalHigh
        consultations,1,dim1,Indicator,1,1,0,100
        service_fund,1,dim1,Indicator,1,1,0,100
        dim1,2,idx,Aggregate,1,1,,
        idx,3,,Aggregate,1,1,,
        """;
    double[][] before = {{50, 50}, {50, 50}, {50, 50}, {60, 60}};
    double[][] after = {{60, 40}, {60, 55}, {50, 50}, {40, 40}};
    InnovationFixture.Panel p = new InnovationFixture.Panel();
    for (int u = 0; u < 4; u++) {
      p.put(2025, "U" + (u + 1), "consultations", before[u][0])
          .put(2025, "U" + (u + 1), "service_fund", before[u][1]);
      p.put(2026, "U" + (u + 1), "consultations", after[u][0])
          .put(2026, "U" + (u + 1), "service_fund", after[u][1]);
    }
    List<IndexRow> rows =
        InnovationScoring.score(
                InnovationFixture.framework(meta, RECIPE), p.build(List.of(2025, 2026)), DIRECTORY)
            .index();
    IndexRow u1 = row(rows, "2026", "community", "U1");
    assertThat(u1.change()).isCloseTo(0.0, within(1e-12));
    assertThat(u1.changeP05()).isLessThan(0.0);
    assertThat(u1.changeP95()).isGreaterThan(0.0);
    assertThat(u1.changeSignificant()).isFalse();
    IndexRow u2 = row(rows, "2026", "community", "U2");
    assertThat(u2.change()).isCloseTo(7.5, within(1e-12));
    assertThat(u2.changeP05()).isGreaterThan(0.0);
    assertThat(u2.changeSignificant()).isTrue();
    IndexRow u3 = row(rows, "2026", "community", "U3");
    assertThat(u3.changeSignificant()).isFalse();
    IndexRow u4 = row(rows, "2026", "community", "U4");
    assertThat(u4.change()).isCloseTo(-20.0, within(1e-12));
    assertThat(u4.changeSignificant()).isTrue();
    // streets: S1 = mean of U1, U2 (equal population): change (0 + 7.5)/2 > 0 for every weight
    IndexRow s1 = row(rows, "2026", "street", "S1");
    assertThat(s1.change()).isCloseTo(3.75, within(1e-12));
    assertThat(s1.changeSignificant()).isTrue();
    assertThat(s1.developmentIndex()).isCloseTo(53.75 / 50 * 100, within(1e-9));
  }
}
