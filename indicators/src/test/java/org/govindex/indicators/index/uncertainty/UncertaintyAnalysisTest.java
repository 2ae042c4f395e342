package org.govindex.indicators.index.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.govindex.indicators.index.AsemFixtures;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.engine.IndexEngine;
import org.govindex.indicators.index.engine.IndexResult;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.recipe.Recipe;
import org.govindex.indicators.index.recipe.UncertaintySpec;
import org.junit.jupiter.api.Test;

class UncertaintyAnalysisTest {

  @Test
  void saltelliEstimatorsRecoverAnalyticIndicesOfALinearModel() {
    // f = x1 + 2 x2, x uniform: V = 1/12 + 4/12, S1 = ST1 = 0.2, S2 = ST2 = 0.8
    int n = 4096;
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(4);
    sobol.nextVector();
    double[] fa = new double[n];
    double[] fb = new double[n];
    double[] fab1 = new double[n];
    double[] fab2 = new double[n];
    for (int j = 0; j < n; j++) {
      double[] v = sobol.nextVector();
      fa[j] = v[0] + 2 * v[1];
      fb[j] = v[2] + 2 * v[3];
      fab1[j] = v[2] + 2 * v[1];
      fab2[j] = v[0] + 2 * v[3];
    }
    double var = SaltelliEstimator.variance(fa, fb);
    assertThat(var).isCloseTo(5 / 12.0, within(1e-3));
    assertThat(SaltelliEstimator.firstOrder(fa, fb, fab1, var)).isCloseTo(0.2, within(0.01));
    assertThat(SaltelliEstimator.firstOrder(fa, fb, fab2, var)).isCloseTo(0.8, within(0.01));
    assertThat(SaltelliEstimator.total(fa, fab1, var)).isCloseTo(0.2, within(0.01));
    assertThat(SaltelliEstimator.total(fa, fab2, var)).isCloseTo(0.8, within(0.01));
  }

  @Test
  void asemRankIntervalsAreReproducibleAndBracketTheMedian() throws Exception {
    Framework f = AsemFixtures.framework();
    UnitTable d = AsemFixtures.data();
    Recipe r = AsemFixtures.recipe("pipeline-b.yaml");
    UncertaintySpec spec = r.uncertainty().with(120, 99);
    UncertaintyResult one = UncertaintyAnalysis.design(f, d, r, spec).run();
    UncertaintyResult two = UncertaintyAnalysis.design(f, d, r, spec).run();
    assertThat(one.units()).isEqualTo(two.units());
    assertThat(one.sensitivity()).isEqualTo(two.sensitivity());
    IndexResult nominal = IndexEngine.build(f, d, r);
    int[] ranks = nominal.ranks();
    for (int i = 0; i < one.units().size(); i++) {
      UnitRankInterval u = one.units().get(i);
      assertThat(u.unit()).isEqualTo(nominal.units().get(i));
      assertThat(u.nominalRank()).isEqualTo(ranks[i]);
      assertThat(u.p05()).isLessThanOrEqualTo(u.medianRank());
      assertThat(u.medianRank()).isLessThanOrEqualTo(u.p95());
      assertThat(u.p05()).isGreaterThanOrEqualTo(1);
      assertThat(u.p95()).isLessThanOrEqualTo(51);
    }
    assertThat(one.sensitivity())
        .extracting(SensitivityIndex::factor)
        .containsExactly("weights", "normalise", "aggregate", "treat", "impute");
    assertThat(one.modelRuns()).isEqualTo(128 * 7);
    for (SensitivityIndex s : one.sensitivity()) {
      assertThat(s.total()).isGreaterThanOrEqualTo(0);
    }
    UncertaintyResult other = UncertaintyAnalysis.design(f, d, r, spec.with(120, 100)).run();
    assertThat(other.units()).isNotEqualTo(one.units());
  }

  @Test
  void replicationsWhoseValuesDoNotSuitTheMeanAreCountedNotRefused() throws Exception {
    Framework f = AsemFixtures.framework();
    UnitTable d = AsemFixtures.data();
    Recipe r = AsemFixtures.recipe("pipeline-a.yaml");
    UncertaintySpec spec =
        new UncertaintySpec(
            200,
            7,
            0,
            List.of(),
            List.of(MethodSpec.of("zscore"), new MethodSpec("minmax", Map.of("low", "1"))),
            List.of(MethodSpec.of("arithmetic"), MethodSpec.of("geometric")),
            false,
            false,
            0);
    UncertaintyResult u = UncertaintyAnalysis.design(f, d, r, spec).run();
    // independent count: the draws are u0 (normalise: k = floor(2 u0)), u1 (aggregate), in that
    // order from SplittableRandom(seed); z-scores are negative for some unit of every indicator,
    // so exactly the (zscore, geometric) replications fail
    SplittableRandom random = new SplittableRandom(7);
    int expected = 0;
    for (int rep = 0; rep < 200; rep++) {
      boolean zscore = random.nextDouble() < 0.5;
      boolean geometric = random.nextDouble() >= 0.5;
      expected += zscore && geometric ? 1 : 0;
    }
    assertThat(expected).isBetween(30, 70);
    assertThat(u.failedReplications()).isEqualTo(expected);
    assertThat(u.failures()).hasSize(1);
    ReplicationFailure cause = u.failures().get(0);
    assertThat(cause.count()).isEqualTo(expected);
    assertThat(cause.cause()).startsWith("normalise zscore, aggregate geometric: aggregate node ");
    assertThat(cause.example()).contains("uses geometric, which needs values > 0, but unit ");
    // the intervals are over the other replications: every unit ranked in each of them
    for (UnitRankInterval i : u.units()) {
      assertThat(i.p05()).isLessThanOrEqualTo(i.medianRank());
    }
  }

  @Test
  void sensitivityRowsWithAFailedRunAreLeftOutAndCounted() throws Exception {
    Framework f = AsemFixtures.framework();
    UnitTable d = AsemFixtures.data();
    Recipe r = AsemFixtures.recipe("pipeline-a.yaml");
    UncertaintySpec spec =
        new UncertaintySpec(
            20,
            7,
            0,
            List.of(),
            List.of(MethodSpec.of("zscore"), new MethodSpec("minmax", Map.of("low", "1"))),
            List.of(MethodSpec.of("arithmetic"), MethodSpec.of("geometric")),
            false,
            false,
            32);
    UncertaintyResult u = UncertaintyAnalysis.design(f, d, r, spec).run();
    // independent count: Sobol points of dimension 4 (first skipped) give A = (v0, v1),
    // B = (v2, v3); the runs of row j are A, B, A_B(normalise) = (v2, v1), A_B(aggregate) =
    // (v0, v3); a run fails when it picks zscore (u < 0.5) and geometric (u >= 0.5)
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(4);
    sobol.nextVector();
    int dropped = 0;
    for (int j = 0; j < 32; j++) {
      double[] v = sobol.nextVector();
      boolean fails =
          (v[0] < 0.5 && v[1] >= 0.5)
              || (v[2] < 0.5 && v[3] >= 0.5)
              || (v[2] < 0.5 && v[1] >= 0.5)
              || (v[0] < 0.5 && v[3] >= 0.5);
      dropped += fails ? 1 : 0;
    }
    assertThat(dropped).isBetween(1, 31);
    assertThat(u.droppedSensitivityRows()).isEqualTo(dropped);
    assertThat(u.modelRuns()).isEqualTo(32 * 4);
    assertThat(u.sensitivity())
        .extracting(SensitivityIndex::factor)
        .containsExactly("normalise", "aggregate");
    assertThat(u.sensitivity()).allSatisfy(s -> assertThat(s.total()).isFinite());
  }

  @Test
  void refusesUnknownMethodsAndMissingStepsBeforeRunning() throws Exception {
    Framework f = AsemFixtures.framework();
    UnitTable d = AsemFixtures.data();
    Recipe r = AsemFixtures.recipe("pipeline-a.yaml");
    UncertaintySpec unknown =
        new UncertaintySpec(
            10, 1, 0, List.of(), List.of(MethodSpec.of("minimax")), List.of(), false, false, 0);
    assertThatThrownBy(() -> UncertaintyAnalysis.design(f, d, r, unknown))
        .hasMessageContaining("uncertainty design refused (normalise minimax")
        .hasMessageContaining("unknown normalisation method 'minimax'");
    UncertaintySpec toggles =
        new UncertaintySpec(10, 1, 0, List.of(), List.of(), List.of(), true, false, 0);
    assertThatThrownBy(() -> UncertaintyAnalysis.design(f, d, r, toggles))
        .hasMessageContaining("no treat step");
  }
}
