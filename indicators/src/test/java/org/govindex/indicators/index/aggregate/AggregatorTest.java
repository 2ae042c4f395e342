package org.govindex.indicators.index.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.govindex.indicators.index.MethodSpec;
import org.junit.jupiter.api.Test;

/** Values 4, 9, missing with weights 1, 3, 2: the missing child is skipped, weights 1 and 3. */
class AggregatorTest {

  private static final double[] V = {4, 9, Double.NaN};
  private static final double[] W = {1, 3, 2};

  private static double agg(String method, Map<String, String> params) {
    MethodSpec spec = new MethodSpec(method, params);
    return AggregatorRegistry.find(spec, "test").aggregate(V, W, 3, spec);
  }

  @Test
  void arithmetic() {
    assertThat(agg("arithmetic", Map.of())).isCloseTo((4 + 27) / 4.0, within(1e-12));
  }

  @Test
  void geometric() {
    // (4^1 * 9^3)^(1/4) = 2916^(1/4)
    assertThat(agg("geometric", Map.of())).isCloseTo(Math.pow(2916, 0.25), within(1e-12));
  }

  @Test
  void harmonic() {
    // 4 / (1/4 + 3/9) = 48/7
    assertThat(agg("harmonic", Map.of())).isCloseTo(48 / 7.0, within(1e-12));
  }

  @Test
  void generalised() {
    assertThat(agg("generalised", Map.of("p", "2"))).isCloseTo(Math.sqrt(259 / 4.0), within(1e-12));
    assertThat(agg("generalised", Map.of("p", "1"))).isCloseTo(7.75, within(1e-12));
    assertThat(agg("generalised", Map.of("p", "0"))).isCloseTo(Math.pow(2916, 0.25), within(1e-12));
    assertThat(agg("generalised", Map.of("p", "-1"))).isCloseTo(48 / 7.0, within(1e-12));
    // ((1·√4 + 3·√9) / 4)^2 = (11/4)^2, every step exact
    assertThat(agg("generalised", Map.of("p", "0.5"))).isEqualTo(121 / 16.0);
  }

  @Test
  void allMissingGivesMissingAndNonPositiveIsRefused() {
    MethodSpec a = MethodSpec.of("arithmetic");
    assertThat(
            new ArithmeticMeanAggregator()
                .aggregate(new double[] {Double.NaN}, new double[] {1}, 1, a))
        .isNaN();
    MethodSpec g = MethodSpec.of("geometric");
    assertThatThrownBy(
            () ->
                new GeometricMeanAggregator()
                    .aggregate(new double[] {0, 2}, new double[] {1, 1}, 2, g))
        .hasMessageContaining("<= 0");
    assertThat(
            new GeneralizedMeanAggregator()
                .needsPositive(new MethodSpec("generalised", Map.of("p", "0.5"))))
        .isFalse();
    assertThat(new HarmonicMeanAggregator().needsPositive(MethodSpec.of("harmonic"))).isTrue();
  }
}
