package org.govindex.indicators.index.treat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.govindex.indicators.index.MethodSpec;
import org.junit.jupiter.api.Test;

class JrcOutlierTreatmentTest {

  private static final List<String> UNITS =
      IntStream.rangeClosed(1, 20).mapToObj(i -> "u" + i).toList();

  /** 1..19 and one outlier. */
  private static double[] outlier(double big) {
    double[] x = new double[20];
    for (int i = 0; i < 19; i++) {
      x[i] = i + 1;
    }
    x[19] = big;
    return x;
  }

  @Test
  void winsorisesTheMaximumToTheNextValue() {
    double[] x = outlier(100);
    assertThat(JrcOutlierTreatment.fails(x, 2, 3.5)).isTrue();
    TreatmentRecord r = JrcOutlierTreatment.treat(x, UNITS, MethodSpec.of("jrc"), "X");
    assertThat(r.action()).isEqualTo("winsorised");
    assertThat(r.units()).containsExactly("u20");
    assertThat(x[19]).isEqualTo(19);
    assertThat(x[0]).isEqualTo(1);
  }

  @Test
  void tiedExtremesAreTreatedTogether() {
    double[] x = outlier(100);
    x[18] = 100;
    TreatmentRecord r = JrcOutlierTreatment.treat(x, UNITS, MethodSpec.of("jrc"), "X");
    assertThat(r.units()).containsExactly("u19", "u20");
    assertThat(x[18]).isEqualTo(18);
    assertThat(x[19]).isEqualTo(18);
  }

  @Test
  void fallsBackToLogWhenWinsorisingIsNotEnough() {
    double[] x = outlier(100);
    TreatmentRecord r =
        JrcOutlierTreatment.treat(x, UNITS, new MethodSpec("jrc", Map.of("points", "0")), "X");
    assertThat(r.action()).isEqualTo("log");
    // ln(x - min + 0.01 (max - min)) with min 1, max 100
    assertThat(x[0]).isCloseTo(Math.log(0.99), within(1e-12));
    assertThat(x[19]).isCloseTo(Math.log(99 + 0.99), within(1e-12));
  }

  @Test
  void passingIndicatorIsLeftAloneUnlessForced() {
    double[] x = outlier(20);
    TreatmentRecord r = JrcOutlierTreatment.treat(x, UNITS, MethodSpec.of("jrc"), "X");
    assertThat(r.action()).isEqualTo("none");
    assertThat(x[19]).isEqualTo(20);
    TreatmentRecord forced =
        JrcOutlierTreatment.treat(
            x, UNITS, new MethodSpec("winsorise", Map.of("points", "2")), "X");
    assertThat(forced.action()).isEqualTo("winsorised");
    // skew of 1..20 is 0: the maximum 20 -> 19; then 1..18,19,19 has negative skew: 1 -> 2
    assertThat(forced.units()).containsExactly("u20", "u1");
    assertThat(x[19]).isEqualTo(19);
    assertThat(x[0]).isEqualTo(2);
    double[] y = outlier(20);
    JrcOutlierTreatment.treat(y, UNITS, MethodSpec.of("log"), "X");
    assertThat(y[0]).isCloseTo(Math.log(0.19), within(1e-12));
  }

  @Test
  void negativeSkewWinsorisesTheMinimum() {
    double[] x = outlier(100);
    for (int i = 0; i < x.length; i++) {
      x[i] = -x[i];
    }
    JrcOutlierTreatment.treat(x, UNITS, MethodSpec.of("jrc"), "X");
    assertThat(x[19]).isEqualTo(-19);
  }
}
