package org.govindex.indicators.index.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
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
  void refusesZScoreFeedingAGeometricMeanBeforeRunning() throws Exception {
    Framework f = AsemFixtures.framework();
    UnitTable d = AsemFixtures.data();
    Recipe r = AsemFixtures.recipe("pipeline-a.yaml");
    UncertaintySpec spec =
        new UncertaintySpec(
            10,
            1,
            0,
            List.of(),
            List.of(MethodSpec.of("zscore"), new MethodSpec("minmax", Map.of("low", "1"))),
            List.of(MethodSpec.of("arithmetic"), MethodSpec.of("geometric")),
            false,
            false,
            0);
    assertThatThrownBy(() -> UncertaintyAnalysis.design(f, d, r, spec))
        .hasMessageContaining("uncertainty design refused (normalise zscore, aggregate geometric)");
    UncertaintySpec toggles =
        new UncertaintySpec(10, 1, 0, List.of(), List.of(), List.of(), true, false, 0);
    assertThatThrownBy(() -> UncertaintyAnalysis.design(f, d, r, toggles))
        .hasMessageContaining("no treat step");
  }
}
