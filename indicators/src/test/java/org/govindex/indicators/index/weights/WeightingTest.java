package org.govindex.indicators.index.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.Map;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.data.UnitTableParser;
import org.govindex.indicators.index.engine.IndexEngine;
import org.govindex.indicators.index.engine.IndexResult;
import org.govindex.indicators.index.engine.WeightsReport;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkParser;
import org.govindex.indicators.index.recipe.RecipeParser;
import org.junit.jupiter.api.Test;

/** Derived weights and benefit of the doubt against hand-worked examples. */
class WeightingTest {

  private static Framework meta(String csv) {
    return FrameworkParser.parse(new StringReader(csv), "META.csv");
  }

  private static UnitTable data(String csv) {
    return UnitTableParser.parse(new StringReader(csv), "DATA.csv");
  }

  private static IndexResult build(Framework f, UnitTable d, String yaml) {
    return IndexEngine.build(f, d, RecipeParser.parse(new StringReader(yaml), "r.yaml"));
  }

  // u = (1, -1, 1, -1), v = (1, 1, -1, -1): centred, orthogonal, equal length. X1 = u, X3 = v,
  // X2 = u + v (offsets keep the values positive). corr(X1, X2) = corr(X2, X3) = 1/sqrt 2,
  // corr(X1, X3) = 0: the correlation matrix [[1, a, 0], [a, 1, a], [0, a, 1]], a = 1/sqrt 2,
  // has the largest eigenvalue 1 + a sqrt 2 = 2 with eigenvector (1/2, 1/sqrt 2, 1/2).
  private static final String PCA_META =
      "iCode,Level,Parent,Type,Direction,Weight\n"
          + "X1,1,P,Indicator,1,1\n"
          + "X2,1,P,Indicator,1,1\n"
          + "X3,1,P,Indicator,1,1\n"
          + "P,2,,Aggregate,1,1\n";
  private static final String PCA_DATA =
      "uCode,X1,X2,X3\n" + "a,11,12,11\n" + "b,9,10,11\n" + "c,11,10,9\n" + "d,9,8,9\n";

  @Test
  void pcaFirstComponentByHand() {
    double[][] rows = {{11, 12, 11}, {9, 10, 11}, {11, 10, 9}, {9, 8, 9}};
    double[] a = PcaWeights.firstComponent(rows, java.util.List.of("X1", "X2", "X3"), "test");
    assertThat(a).containsExactly(new double[] {0.5, Math.sqrt(0.5), 0.5}, within(1e-12));
    IndexResult r =
        build(
            meta(PCA_META), data(PCA_DATA), "normalise: none\nweights: {method: pca, level: 1}\n");
    // squared loadings (OECD/JRC Handbook): 1/4, 1/2, 1/4
    WeightsReport w = r.weighting().get(0);
    assertThat(w.weights().get("X1")).isCloseTo(0.25, within(1e-12));
    assertThat(w.weights().get("X2")).isCloseTo(0.5, within(1e-12));
    assertThat(w.weights().get("X3")).isCloseTo(0.25, within(1e-12));
    assertThat(r.effectiveWeights().get("X2")).isCloseTo(0.5, within(1e-12));
    // index = X1/4 + X2/2 + X3/4: a 11.5, b 10, c 10, d 8.5 (META equal weights: a 34/3, b 10,
    // c 10, d 26/3 -> the same ranks, so no rank changes)
    assertThat(r.scores("P")).containsExactly(new double[] {11.5, 10, 10, 8.5}, within(1e-12));
    assertThat(w.ranksAsGiven()).containsExactly(1, 2, 2, 4);
    assertThat(w.ranks()).containsExactly(1, 2, 2, 4);
    assertThat(w.meanAbsRankShift()).isEqualTo(0);
    // COINr's form: the loadings themselves, renormalised among siblings: a_j / sum a
    IndexResult coinr =
        build(
            meta(PCA_META),
            data(PCA_DATA),
            "normalise: none\nweights: {method: pca, level: 1, form: loadings}\n");
    double sum = 1 + Math.sqrt(0.5);
    assertThat(coinr.effectiveWeights().get("X1")).isCloseTo(0.5 / sum, within(1e-12));
    assertThat(coinr.effectiveWeights().get("X2")).isCloseTo(Math.sqrt(0.5) / sum, within(1e-12));
  }

  @Test
  void pcaRefusesALoadingThatGivesNoWeight() {
    // X3 = -X1: its loading has the other sign
    String d = "uCode,X1,X2,X3\n" + "a,1,2,9\n" + "b,2,1,8\n" + "c,3,4,7\n" + "d,4,3,6\n";
    assertThatThrownBy(
            () ->
                build(
                    meta(PCA_META),
                    data(d),
                    "normalise: none\nweights: {method: pca, level: 1, form: loadings}\n"))
        .hasMessageContaining("weights pca P: PCA loading of X3 is -")
        .hasMessageContaining("gives no positive weight");
  }

  // Pillars P1 = X1, P2 = X2 with X1 - 10 = (1, -1, 1, -1) and X2 - 10 = 3 (1, 1, -1, -1):
  // uncorrelated, standard deviations in the ratio 1 : 3. With I = w1 P1 + w2 P2,
  // corr(P_i, I) = w_i s_i / sqrt(w1^2 s1^2 + w2^2 s2^2), so r_i / (r1 + r2) = w_i s_i / (w1 s1 +
  // w2 s2). Equal importance: w1 s1 = w2 s2, w1 = 3/4, w2 = 1/4. Importance 2 : 1: w1 s1 = 2 w2 s2,
  // w1 / w2 = 6, w1 = 6/7.
  private static final String OPT_META =
      "iCode,Level,Parent,Type,Direction,Weight\n"
          + "X1,1,P1,Indicator,1,1\n"
          + "X2,1,P2,Indicator,1,1\n"
          + "P1,2,Index,Aggregate,1,1\n"
          + "P2,2,Index,Aggregate,1,1\n"
          + "Index,3,,Aggregate,1,1\n";
  private static final String OPT_DATA =
      "uCode,X1,X2\n" + "a,11,13\n" + "b,9,13\n" + "c,11,7\n" + "d,9,7\n";

  @Test
  void optimisedWeightsBalanceCorrelationsByHand() {
    IndexResult equal =
        build(meta(OPT_META), data(OPT_DATA), "normalise: none\nweights: {method: optimised}\n");
    WeightsReport w = equal.weighting().get(0);
    assertThat(w.weights().get("P1")).isCloseTo(0.75, within(1e-6));
    assertThat(w.weights().get("P2")).isCloseTo(0.25, within(1e-6));
    // index with 3/4, 1/4: a 11.5, b 10, c 10, d 8.5; META equal weights: 12, 11, 9, 8
    assertThat(equal.scores("Index"))
        .containsExactly(new double[] {11.5, 10, 10, 8.5}, within(1e-5));
    assertThat(w.ranksAsGiven()).containsExactly(1, 2, 3, 4);
    assertThat(w.ranks()[0]).isEqualTo(1);
    assertThat(w.ranks()[3]).isEqualTo(4);
    IndexResult weighted =
        build(
            meta(OPT_META),
            data(OPT_DATA),
            "normalise: none\nweights: {method: optimised, level: 2, importance: {P1: 2, P2: 1}}\n");
    assertThat(weighted.weighting().get(0).weights().get("P1")).isCloseTo(6 / 7.0, within(1e-6));
    // COINr's itarg vector in META order
    IndexResult itarg =
        build(
            meta(OPT_META),
            data(OPT_DATA),
            "normalise: none\nweights: {method: optimised, Level: 2, itarg: [2, 1]}\n");
    assertThat(itarg.weighting().get(0).weights().get("P1")).isCloseTo(6 / 7.0, within(1e-6));
  }

  @Test
  void metaWeightsAsGivenChangeNothing() {
    IndexResult r =
        build(meta(OPT_META), data(OPT_DATA), "normalise: none\nweights: {method: meta}\n");
    // (X1 + X2) / 2: 12, 11, 9, 8
    assertThat(r.scores("Index")).containsExactly(12, 11, 9, 8);
    WeightsReport w = r.weighting().get(0);
    assertThat(w.weights()).isEmpty();
    assertThat(w.ranks()).containsExactly(w.ranksAsGiven());
    assertThat(w.meanAbsRankShift()).isEqualTo(0);
  }

  @Test
  void equalWeights() {
    IndexResult r =
        build(
            meta(OPT_META.replace("P1,2,Index,Aggregate,1,1", "P1,2,Index,Aggregate,1,3")),
            data(OPT_DATA),
            "normalise: none\nweights: {method: equal, level: 2}\n");
    // META 3 : 1 replaced by 1 : 1: a (11 + 13) / 2 = 12
    assertThat(r.score("Index", "a")).isCloseTo(12, within(1e-12));
    // META weights 3 : 1: a 11.5, b 10, c 10, d 8.5 -> ranks 1, 2, 2, 4; equal: 12, 11, 9, 8
    WeightsReport w = r.weighting().get(0);
    assertThat(w.ranksAsGiven()).containsExactly(1, 2, 2, 4);
    assertThat(w.ranks()).containsExactly(1, 2, 3, 4);
    assertThat(w.meanAbsRankShift()).isCloseTo(0.25, within(1e-12));
    assertThat(w.maxAbsRankShift()).isEqualTo(1);
  }

  // Units A (4, 1), B (2, 2), C (1, 4), D (1, 1). Without bounds A and C are on the frontier
  // (score 1); B and D lie inside it: 4 w1 + w2 <= 1 and w1 + 4 w2 <= 1 add up to w1 + w2 <= 2/5,
  // reached at w1 = w2 = 1/5, so B scores 2 (w1 + w2) = 4/5 and D 2/5. With shares in [0.4, 0.6]
  // (w2 = t w1): A maximises (4 + t) / (1 + 4t) over t in [8/3, 6]: t = 8/3, 4/7; B (2 + 2t) /
  // max(4 + t, 1 + 4t) over t in [2/3, 3/2]: t = 1, 4/5; C is A mirrored, 4/7; D (1 + t) / max(4 +
  // t, 1 + 4t): 2/5.
  private static final double[][] BOD = {{4, 1}, {2, 2}, {1, 4}, {1, 1}};

  @Test
  void benefitOfTheDoubtByHand() {
    BenefitOfTheDoubt.Solution[] free = BenefitOfTheDoubt.solve(BOD, MethodSpec.of("bod"));
    assertThat(free[0].score()).isCloseTo(1, within(1e-9));
    assertThat(free[1].score()).isCloseTo(0.8, within(1e-9));
    assertThat(free[1].weights()).containsExactly(new double[] {0.2, 0.2}, within(1e-9));
    assertThat(free[2].score()).isCloseTo(1, within(1e-9));
    assertThat(free[3].score()).isCloseTo(0.4, within(1e-9));
    MethodSpec bounded = new MethodSpec("bod", Map.of("lower", "0.4", "upper", "0.6"));
    BenefitOfTheDoubt.Solution[] s = BenefitOfTheDoubt.solve(BOD, bounded);
    assertThat(s[0].score()).isCloseTo(4 / 7.0, within(1e-9));
    assertThat(s[0].shares()).containsExactly(new double[] {0.6, 0.4}, within(1e-9));
    assertThat(s[1].score()).isCloseTo(0.8, within(1e-9));
    assertThat(s[1].shares()).containsExactly(new double[] {0.5, 0.5}, within(1e-9));
    assertThat(s[2].score()).isCloseTo(4 / 7.0, within(1e-9));
    assertThat(s[3].score()).isCloseTo(0.4, within(1e-9));
    // every unit's own weights keep every unit's score <= 1
    for (BenefitOfTheDoubt.Solution own : s) {
      for (double[] unit : BOD) {
        assertThat(own.weights()[0] * unit[0] + own.weights()[1] * unit[1])
            .isLessThanOrEqualTo(1 + 1e-9);
      }
    }
  }

  @Test
  void benefitOfTheDoubtAggregationInTheEngineAndItsRankEffect() {
    String m =
        "iCode,Level,Parent,Type,Direction,Weight\n"
            + "X1,1,Index,Indicator,1,1\n"
            + "X2,1,Index,Indicator,1,1\n"
            + "Index,2,,Aggregate,1,1\n";
    String d = "uCode,X1,X2\n" + "A,4,1\n" + "B,2,2\n" + "C,1,4\n" + "D,1,1\n";
    IndexResult r =
        build(
            meta(m),
            data(d),
            "normalise: none\naggregate: {method: bod, lower: 0.4, upper: 0.6, scale: 100}\n");
    assertThat(r.scores("Index"))
        .containsExactly(new double[] {400 / 7.0, 80, 400 / 7.0, 40}, within(1e-7));
    WeightsReport w = r.weighting().get(0);
    assertThat(w.method()).isEqualTo("bod");
    assertThat(w.node()).isEqualTo("Index");
    // arithmetic mean with META weights: 2.5, 2, 2.5, 1 -> ranks 1, 3, 1, 4; BoD: 2, 1, 2, 4
    assertThat(w.ranksAsGiven()).containsExactly(1, 3, 1, 4);
    assertThat(w.ranks()).containsExactly(2, 1, 2, 4);
    assertThat(w.unitShares().get("B")).containsExactly(new double[] {0.5, 0.5}, within(1e-9));
    assertThat(r.steps())
        .anySatisfy(
            s -> {
              assertThat(s.step()).isEqualTo("weights");
              assertThat(s.unit()).isEqualTo("B");
              assertThat(s.detail()).startsWith("rank 1 (META weights: 3)");
            });
    assertThatThrownBy(
            () ->
                build(
                    meta(m),
                    data(d.replace("D,1,1", "D,-1,1")),
                    "normalise: none\naggregate: {method: bod}\n"))
        .hasMessageContaining("uses bod, which needs values >= 0, but unit D has X1 = -1.0");
    assertThatThrownBy(() -> build(meta(m), data(d), "aggregate: {method: bod, lower: 0.6}\n"))
        .hasMessageContaining("bod share bounds 0.6 and 1.0 cannot hold for 2 children");
  }
}
