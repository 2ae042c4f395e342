package org.govindex.indicators.index.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.govindex.indicators.index.MethodSpec;
import org.junit.jupiter.api.Test;

class TransformTest {

  private static double[] apply(String method, Map<String, String> params, double... x) {
    MethodSpec spec = new MethodSpec(method, params);
    Transform t = TransformRegistry.find(spec, "test");
    t.check(spec, "X");
    double[] copy = x.clone();
    t.apply(copy, java.util.Collections.nCopies(copy.length, "u"), spec, "X");
    return copy;
  }

  @Test
  void logAndOffset() {
    assertThat(apply("log", Map.of(), Math.E, 1))
        .containsExactly(new double[] {1, 0}, within(1e-12));
    assertThat(apply("log-offset", Map.of("offset", "1"), 0, Math.E - 1))
        .containsExactly(new double[] {0, 1}, within(1e-12));
    assertThatThrownBy(() -> apply("log", Map.of(), 0)).hasMessageContaining("log-offset");
  }

  @Test
  void boxCox() {
    // lambda 0.5: (sqrt(x) - 1) / 0.5 -> x = 4 gives 2, x = 9 gives 4
    assertThat(apply("boxcox", Map.of("lambda", "0.5"), 4, 9, Double.NaN)[0])
        .isCloseTo(2, within(1e-12));
    assertThat(apply("boxcox", Map.of("lambda", "0.5"), 4, 9)[1]).isCloseTo(4, within(1e-12));
    // lambda 2 with offset 1: ((x+1)^2 - 1)/2 -> x = 2 gives 4
    assertThat(apply("boxcox", Map.of("lambda", "2", "offset", "1"), 2)[0])
        .isCloseTo(4, within(1e-12));
    assertThat(apply("boxcox", Map.of("lambda", "0"), Math.E)[0]).isCloseTo(1, within(1e-12));
    assertThatThrownBy(() -> apply("boxcox", Map.of(), 2)).hasMessageContaining("lambda");
  }
}
