package org.govindex.indicators.index.treat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.govindex.indicators.index.CoinrNames;
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
    assertThat(r.action()).isEqualTo("log-ct-plus");
    // positive skew: ln(x - min + 0.01 (max - min)) with min 1, max 100
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
    // 1..20 has skew exactly 0: log (= log_CT_plus) takes COINr's second branch (skew > 0 takes
    // the first): -ln(max + 0.01 (max - min) - x) = -ln(20.19 - x)
    double[] y = outlier(20);
    TreatmentRecord log = JrcOutlierTreatment.treat(y, UNITS, MethodSpec.of("log"), "X");
    assertThat(log.action()).isEqualTo("log-ct-neg");
    assertThat(y[0]).isCloseTo(-Math.log(19.19), within(1e-12));
    assertThat(y[19]).isCloseTo(-Math.log(0.19), within(1e-12));
  }

  @Test
  void coinrLogTransformsByHand() {
    // x = 1, 2, 4, 8, 13: min 1, max 13, a = 0.01 * 12 = 0.12
    double[] base = {1, 2, 4, 8, 13};
    List<String> units = List.of("a", "b", "c", "d", "e");
    double[] ct = base.clone();
    assertThat(JrcOutlierTreatment.treat(ct, units, MethodSpec.of("log_CT"), "X").action())
        .isEqualTo("log-ct");
    assertThat(ct)
        .containsExactly(
            new double[] {
              Math.log(0.12), Math.log(1.12), Math.log(3.12), Math.log(7.12), Math.log(12.12)
            },
            within(1e-12));
    double[] orig = base.clone();
    JrcOutlierTreatment.treat(orig, units, MethodSpec.of("log_CT_orig"), "X");
    assertThat(orig)
        .containsExactly(
            new double[] {0, Math.log(2), Math.log(4), Math.log(8), Math.log(13)}, within(1e-12));
    // log_GII: ln((max - 1)(x - min)/(max - min) + 1) = ln(x) here since max - 1 = max - min
    double[] gii = base.clone();
    JrcOutlierTreatment.treat(gii, units, MethodSpec.of("log_GII"), "X");
    assertThat(gii)
        .containsExactly(
            new double[] {0, Math.log(2), Math.log(4), Math.log(8), Math.log(13)}, within(1e-12));
    // a second case where the map is not the identity: x = 2, 5, 11: (10 (x - 2) / 9 + 1)
    double[] gii2 = {2, 5, 11};
    JrcOutlierTreatment.treat(gii2, List.of("a", "b", "c"), MethodSpec.of("log-gii"), "X");
    assertThat(gii2)
        .containsExactly(new double[] {0, Math.log(30.0 / 9 + 1), Math.log(11)}, within(1e-12));
    // skew of base > 0: log_CT_plus is log_CT
    double[] plus = base.clone();
    JrcOutlierTreatment.treat(plus, units, MethodSpec.of("log_CT_plus"), "X");
    assertThat(plus).containsExactly(ct, within(1e-15));
    double[] small = {0.1, 0.2, 0.9};
    assertThatThrownBy(
            () ->
                JrcOutlierTreatment.treat(
                    small, List.of("a", "b", "c"), MethodSpec.of("log_GII"), "X"))
        .hasMessageContaining("treat indicator X: log-gii needs a maximum above 1")
        .hasMessageContaining("0.9");
  }

  @Test
  void coinrSettingNamesAndFallbacks() {
    double[] x = outlier(100);
    MethodSpec coinr =
        CoinrNames.translate(
            CoinrNames.Step.TREAT,
            new MethodSpec("jrc", Map.of("winmax", "0", "f2", "log_CT", "skew_thresh", "2")),
            "treat X");
    assertThat(coinr)
        .isEqualTo(new MethodSpec("jrc", Map.of("points", "0", "fallback", "log_CT", "skew", "2")));
    JrcOutlierTreatment.check(coinr, "X");
    TreatmentRecord r = JrcOutlierTreatment.treat(x, UNITS, coinr, "X");
    assertThat(r.action()).isEqualTo("log-ct");
    assertThat(x[0]).isCloseTo(Math.log(0.99), within(1e-12));
    assertThatThrownBy(
            () -> JrcOutlierTreatment.check(new MethodSpec("jrc", Map.of("fallback", "ln")), "X"))
        .hasMessageContaining("fallback must be log, log-ct, log-ct-plus, log-ct-orig, log-gii");
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
