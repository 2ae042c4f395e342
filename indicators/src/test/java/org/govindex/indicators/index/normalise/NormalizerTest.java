package org.govindex.indicators.index.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.junit.jupiter.api.Test;

/** Hand-worked values on x = 2, 4, 6, missing, 10. */
class NormalizerTest {

  private static final double N = Double.NaN;
  private static final double[] X = {2, 4, 6, N, 10};

  private static double[] run(String method, Map<String, String> params, int direction) {
    return run(method, params, new IndicatorInfo("X", direction, N, N, N));
  }

  private static double[] run(String method, Map<String, String> params, IndicatorInfo info) {
    MethodSpec spec = new MethodSpec(method, params);
    Normalizer n = NormalizerRegistry.find(spec, "test");
    n.check(spec, info);
    double[] out = new double[X.length];
    n.normalise(X, out, spec, info);
    return out;
  }

  private static void expect(double[] actual, double... expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      if (Double.isNaN(expected[i])) {
        assertThat(actual[i]).as("index %d", i).isNaN();
      } else {
        assertThat(actual[i]).as("index %d", i).isCloseTo(expected[i], within(1e-9));
      }
    }
  }

  @Test
  void minMax() {
    expect(run("minmax", Map.of(), 1), 0, 25, 50, N, 100);
    expect(run("minmax", Map.of(), -1), 100, 75, 50, N, 0);
    expect(run("minmax", Map.of("low", "1", "high", "11"), 1), 1, 3.5, 6, N, 11);
  }

  @Test
  void zScore() {
    // mean 5.5, sample sd sqrt(35/3)
    double sd = Math.sqrt(35.0 / 3);
    expect(run("zscore", Map.of(), 1), -3.5 / sd, -1.5 / sd, 0.5 / sd, N, 4.5 / sd);
    expect(
        run("zscore", Map.of("mean", "10", "sd", "2"), -1),
        10 + 7 / sd,
        10 + 3 / sd,
        10 - 1 / sd,
        N,
        10 - 9 / sd);
  }

  @Test
  void goalposts() {
    IndicatorInfo up = new IndicatorInfo("X", 1, N, 0, 8);
    expect(run("goalposts", Map.of(), up), 25, 50, 75, N, 100);
    expect(run("goalposts", Map.of("truncate", "false", "scale", "1"), up), .25, .5, .75, N, 1.25);
    IndicatorInfo down = new IndicatorInfo("X", -1, N, 0, 8);
    expect(run("goalposts", Map.of(), down), 75, 50, 25, N, 0);
    assertThatThrownBy(() -> run("goalposts", Map.of(), 1))
        .isInstanceOf(IndexSpecException.class)
        .hasMessageContaining("GoalLow");
  }

  @Test
  void distanceToTarget() {
    expect(
        run("dist2target", Map.of(), new IndicatorInfo("X", 1, 8, N, N)),
        0,
        100 / 3.0,
        200 / 3.0,
        N,
        100);
    expect(
        run(
            "dist2target",
            Map.of("cap", "false", "scale", "1"),
            new IndicatorInfo("X", 1, 8, N, N)),
        0,
        1 / 3.0,
        2 / 3.0,
        N,
        4 / 3.0);
    // direction -1, target 4: (10 - x) / (10 - 4), capped at 1
    expect(
        run("dist2target", Map.of(), new IndicatorInfo("X", -1, 4, N, N)),
        100,
        100,
        200 / 3.0,
        N,
        0);
  }

  @Test
  void distanceToMax() {
    expect(run("dist2max", Map.of(), 1), 0, 25, 50, N, 100);
    expect(run("dist2max", Map.of("scale", "1"), -1), 1, .75, .5, N, 0);
  }

  @Test
  void rankPercentileRankAndBorda() {
    expect(run("rank", Map.of(), 1), 1, 2, 3, N, 4);
    expect(run("rank", Map.of(), -1), 4, 3, 2, N, 1);
    expect(run("prank", Map.of(), 1), 0, 100 / 3.0, 200 / 3.0, N, 100);
    expect(run("borda", Map.of(), 1), 0, 1, 2, N, 3);
    double[] ties = {3, 1, 3, 5};
    double[] out = new double[4];
    new RankNormalizer()
        .normalise(ties, out, MethodSpec.of("rank"), new IndicatorInfo("X", 1, N, N, N));
    assertThat(out).containsExactly(2, 1, 2, 4);
  }

  @Test
  void tieRulesAsRsRank() {
    // R: rank(c(3, 1, 3, 5, 3), ties.method = m) -> min 2 1 2 5 2; average 3 1 3 5 3; max 4 1 4 5
    // 4; first 2 1 3 5 4
    double[] ties = {3, 1, 3, 5, 3};
    IndicatorInfo up = new IndicatorInfo("X", 1, N, N, N);
    double[][] expected = {{2, 1, 2, 5, 2}, {3, 1, 3, 5, 3}, {4, 1, 4, 5, 4}, {2, 1, 3, 5, 4}};
    String[] rules = {"min", "average", "max", "first"};
    for (int k = 0; k < rules.length; k++) {
      MethodSpec spec = new MethodSpec("rank", Map.of("ties", rules[k]));
      double[] out = new double[5];
      new RankNormalizer().check(spec, up);
      new RankNormalizer().normalise(ties, out, spec, up);
      assertThat(out).as(rules[k]).containsExactly(expected[k]);
    }
    // prank with average ties: (r - 1) / (n - 1) = 0.5, 0, 0.5, 1, 0.5
    double[] out = new double[5];
    new PercentileRankNormalizer()
        .normalise(ties, out, new MethodSpec("prank", Map.of("ties", "average", "scale", "1")), up);
    assertThat(out).containsExactly(0.5, 0, 0.5, 1, 0.5);
    // borda with max ties: r - 1
    new BordaNormalizer().normalise(ties, out, new MethodSpec("borda", Map.of("ties", "max")), up);
    assertThat(out).containsExactly(3, 0, 3, 4, 3);
    // less is better: ranks of -x; first keeps data order among ties
    new RankNormalizer()
        .normalise(
            ties,
            out,
            new MethodSpec("rank", Map.of("ties", "first")),
            new IndicatorInfo("X", -1, N, N, N));
    assertThat(out).containsExactly(2, 5, 3, 1, 4);
    assertThatThrownBy(
            () -> new RankNormalizer().check(new MethodSpec("rank", Map.of("ties", "dense")), up))
        .hasMessageContaining("ties must be min, average, max or first, found 'dense'");
  }

  @Test
  void positivityIsDeclaredHonestly() {
    assertThat(new MinMaxNormalizer().strictlyPositive(MethodSpec.of("minmax"))).isFalse();
    assertThat(
            new MinMaxNormalizer()
                .strictlyPositive(new MethodSpec("minmax", Map.of("low", "1", "high", "100"))))
        .isTrue();
    assertThat(new ZScoreNormalizer().strictlyPositive(MethodSpec.of("zscore"))).isFalse();
    assertThat(new RankNormalizer().strictlyPositive(MethodSpec.of("rank"))).isTrue();
    assertThat(new BordaNormalizer().strictlyPositive(MethodSpec.of("borda"))).isFalse();
  }

  @Test
  void unknownMethodAndSettingAreRefused() {
    assertThatThrownBy(
            () -> NormalizerRegistry.find(MethodSpec.of("minimax"), "normalise indicator X"))
        .hasMessageContaining("unknown normalisation method 'minimax'");
    assertThatThrownBy(() -> run("minmax", Map.of("lo", "1"), 1))
        .hasMessageContaining("unknown setting 'lo'");
  }
}
