package org.govindex.indicators.index.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatisticsTest {

  @Test
  void cronbachAlphaByHand() {
    // items (1,2),(2,3),(3,5): var1 = 1, var2 = 7/3, total 3,5,8 var = 19/3
    // alpha = 2 (1 - (10/3)/(19/3)) = 18/19
    double[][] rows = {{1, 2}, {2, 3}, {3, 5}};
    assertThat(Statistics.cronbachAlpha(rows)).isCloseTo(18 / 19.0, within(1e-12));
  }

  @Test
  void firstComponentShareOfTwoVariablesIsHalfOfOnePlusAbsR() {
    double[][] rows = {{1, 2}, {2, 3}, {3, 5}, {4, 4}};
    double[] a = {1, 2, 3, 4};
    double[] b = {2, 3, 5, 4};
    // independent Pearson: mean a 2.5, mean b 3.5
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < 4; i++) {
      sab += (a[i] - 2.5) * (b[i] - 3.5);
      saa += (a[i] - 2.5) * (a[i] - 2.5);
      sbb += (b[i] - 3.5) * (b[i] - 3.5);
    }
    double r = sab / Math.sqrt(saa * sbb);
    assertThat(Statistics.pearson(a, b)).isCloseTo(r, within(1e-12));
    assertThat(Statistics.firstComponentShare(rows))
        .isCloseTo((1 + Math.abs(r)) / 2, within(1e-12));
  }

  @Test
  void pearsonSkipsMissingPairs() {
    double[] a = {1, 2, Double.NaN, 4, 5};
    double[] b = {2, 4, 100, 8, 10};
    assertThat(Statistics.pearson(a, b)).isCloseTo(1, within(1e-12));
    assertThat(Statistics.completeCases(new double[][] {a, b})).hasNumberOfRows(4);
  }
}
