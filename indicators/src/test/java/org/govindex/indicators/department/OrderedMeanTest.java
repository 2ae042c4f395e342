package org.govindex.indicators.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedMeanTest {

  @Test
  void addsInAscendingOrder() {
    // 0.1 + 0.2 + 0.3 = 0.6000000000000001, but 0.3 + 0.2 + 0.1 = 0.6: the ascending sum is taken
    assertThat(0.3 + 0.2 + 0.1).isEqualTo(0.6);
    assertThat(OrderedMean.sum(List.of(0.3, 0.2, 0.1))).isEqualTo(0.1 + 0.2 + 0.3);
    assertThat(OrderedMean.sum(List.of(0.3, 0.2, 0.1))).isEqualTo(0.6000000000000001);
    // 1e16 first would swallow every 1 (ulp 2, ties to even); ascending keeps them: 1e16 + 4
    assertThat(OrderedMean.sum(List.of(1e16, 1.0, 1.0, 1.0, 1.0))).isEqualTo(1e16 + 4);
    assertThat(OrderedMean.sum(List.of())).isEqualTo(0.0);
  }

  @Test
  void meanAndPopulationVariance() {
    // 100, 75, 50: mean 75, variance (625 + 0 + 625) / 3
    assertThat(OrderedMean.of(List.of(100.0, 75.0, 50.0))).isEqualTo(75.0);
    assertThat(OrderedMean.variance(List.of(100.0, 75.0, 50.0), 75.0))
        .isCloseTo(1250.0 / 3, within(1e-12));
    assertThat(OrderedMean.of(List.of())).isNull();
    assertThat(OrderedMean.variance(List.of(), 0.0)).isNaN();
  }
}
