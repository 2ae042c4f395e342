package org.govindex.indicators.index.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExcelMomentsTest {

  /** Textbook G1 with the sample standard deviation: n/((n-1)(n-2)) sum(((x-m)/s)^3). */
  private static double g1(double[] x) {
    int n = x.length;
    double m = 0;
    for (double v : x) {
      m += v / n;
    }
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    double s = Math.sqrt(ss / (n - 1));
    double sum = 0;
    for (double v : x) {
      sum += Math.pow((v - m) / s, 3);
    }
    return (double) n / ((n - 1) * (n - 2)) * sum;
  }

  /** Textbook G2: n(n+1)/((n-1)(n-2)(n-3)) sum(((x-m)/s)^4) - 3(n-1)^2/((n-2)(n-3)). */
  private static double g2(double[] x) {
    int n = x.length;
    double m = 0;
    for (double v : x) {
      m += v / n;
    }
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    double s = Math.sqrt(ss / (n - 1));
    double sum = 0;
    for (double v : x) {
      sum += Math.pow((v - m) / s, 4);
    }
    return (double) n * (n + 1) / ((n - 1.0) * (n - 2) * (n - 3)) * sum
        - 3.0 * (n - 1) * (n - 1) / ((n - 2.0) * (n - 3));
  }

  @Test
  void handWorkedVector() {
    // x = 1,2,3,4,10: mean 4, d = -3,-2,-1,0,6; sum d^2 = 50, sum d^3 = 180, sum d^4 = 1394
    // skew = sqrt(5)*180/50^1.5 * sqrt(20)/3 = 10*180/(353.5534*3) = 1.697056...
    // r = 5*1394/2500 = 2.788; kurt = ((6)(2.788-3)+6)*4/(3*2) = (4.728*4)/6 = 3.152
    double[] x = {1, 2, 3, 4, 10};
    assertThat(ExcelMoments.skew(x)).isCloseTo(1800 / (Math.pow(50, 1.5) * 3), within(1e-12));
    assertThat(ExcelMoments.skew(x)).isCloseTo(1.6970562748477, within(1e-12));
    assertThat(ExcelMoments.kurtosis(x)).isCloseTo(3.152, within(1e-12));
  }

  @Test
  void agreesWithTextbookFormulasAndIgnoresMissing() {
    double[] x = {3.1, 0.2, 7.7, 1.4, 1.5, 9.0, 2.2, 2.3, 40.0, 0.9, 5.5};
    assertThat(ExcelMoments.skew(x)).isCloseTo(g1(x), within(1e-12));
    assertThat(ExcelMoments.kurtosis(x)).isCloseTo(g2(x), within(1e-12));
    double[] withMissing = {3.1, 0.2, Double.NaN, 7.7, 1.4, 1.5, 9.0, 2.2, 2.3, 40.0, 0.9, 5.5};
    assertThat(ExcelMoments.skew(withMissing)).isCloseTo(g1(x), within(1e-12));
  }

  @Test
  void symmetricVectorHasZeroSkewAndConstantIsUndefined() {
    assertThat(ExcelMoments.skew(new double[] {1, 2, 3, 4, 5})).isCloseTo(0, within(1e-15));
    // 1..5: r = 5*34/100 = 1.7; kurt = ((6)(-1.3)+6)*4/6 = -1.2 (Excel KURT(1..5) = -1.2)
    assertThat(ExcelMoments.kurtosis(new double[] {1, 2, 3, 4, 5})).isCloseTo(-1.2, within(1e-12));
    assertThat(ExcelMoments.skew(new double[] {2, 2, 2})).isNaN();
  }

  @Test
  void competitionRanksShareTheSmallestRank() {
    assertThat(Ranking.competitionRanks(new double[] {5, 7, 7, 1, Double.NaN}, true))
        .containsExactly(3, 1, 1, 4, 0);
    assertThat(Ranking.competitionRanks(new double[] {5, 7, 7, 1}, false))
        .containsExactly(2, 3, 3, 1);
  }
}
