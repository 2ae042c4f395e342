package org.govindex.indicators.index.impute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.indicators.index.MethodSpec;
import org.junit.jupiter.api.Test;

class ImputerTest {

  private static final double N = Double.NaN;
  private static final List<String> UNITS = List.of("a", "b", "c", "d", "e");
  private static final List<String> GROUP = Arrays.asList("x", "x", "y", "y", "y");

  private static List<ImputationRecord> impute(double[] x, MethodSpec spec) {
    return Imputer.impute(x, UNITS, spec, "I", GROUP, i -> YearlyHistory.EMPTY, N);
  }

  @Test
  void meanAndMedian() {
    double[] x = {1, N, 2, 9, N};
    List<ImputationRecord> log = impute(x, MethodSpec.of("mean"));
    assertThat(x[1]).isEqualTo(4);
    assertThat(x[4]).isEqualTo(4);
    assertThat(log).extracting(ImputationRecord::unit).containsExactly("b", "e");
    assertThat(log.get(0).source()).isEqualTo("mean of 3 units");
    double[] y = {1, N, 2, 9, N};
    impute(y, MethodSpec.of("median"));
    assertThat(y[1]).isEqualTo(2);
  }

  @Test
  void groupMeanAndMedian() {
    double[] x = {1, N, 2, 10, N};
    List<ImputationRecord> log = impute(x, new MethodSpec("group-mean", Map.of("group", "G")));
    assertThat(x[1]).isEqualTo(1);
    assertThat(x[4]).isEqualTo(6);
    assertThat(log.get(1).source()).isEqualTo("mean of G=y (n=2)");
    double[] y = {1, N, 2, 3, 10, N};
    List<String> units = List.of("a", "b", "c", "d", "e", "f");
    List<String> groups = List.of("x", "x", "y", "y", "y", "y");
    Imputer.impute(
        y, units, new MethodSpec("group-median", Map.of("group", "G")), "I", groups, i -> null, N);
    assertThat(y[5]).isEqualTo(3);
  }

  @Test
  void groupWithoutValuesStaysMissing() {
    double[] x = {N, N, 2, 10, 3};
    List<ImputationRecord> log = impute(x, new MethodSpec("group-mean", Map.of("group", "G")));
    assertThat(x[0]).isNaN();
    assertThat(log).isEmpty();
  }

  @Test
  void yearlyMethods() {
    // history of the unit: 2016 -> 10, 2019 -> 40; scoring 2018
    YearlyHistory h = new YearlyHistory(new double[] {2016, 2019}, new double[] {10, 40});
    double[] x = {N};
    List<ImputationRecord> log =
        Imputer.impute(x, List.of("a"), MethodSpec.of("linear"), "I", null, i -> h, 2018);
    assertThat(x[0]).isCloseTo(30, within(1e-12));
    assertThat(log.get(0).source()).isEqualTo("linear between 2016 and 2019");
    double[] last = {N};
    Imputer.impute(last, List.of("a"), MethodSpec.of("last-value"), "I", null, i -> h, 2018);
    assertThat(last[0]).isEqualTo(10);
    YearlyHistory onlyBefore = new YearlyHistory(new double[] {2015, 2016}, new double[] {5, 7});
    double[] lin = {N};
    Imputer.impute(lin, List.of("a"), MethodSpec.of("linear"), "I", null, i -> onlyBefore, 2018);
    assertThat(lin[0]).isNaN();
    double[] lc = {N};
    List<ImputationRecord> lcLog =
        Imputer.impute(
            lc, List.of("a"), MethodSpec.of("linear-constant"), "I", null, i -> onlyBefore, 2018);
    assertThat(lc[0]).isEqualTo(7);
    assertThat(lcLog.get(0).source()).isEqualTo("constant from 2016");
  }

  @Test
  void checksMethodsAndSettings() {
    assertThatThrownBy(() -> Imputer.check(MethodSpec.of("avg"), "I", Set.of(), false))
        .hasMessageContaining("unknown imputation method 'avg'");
    assertThatThrownBy(
            () ->
                Imputer.check(
                    new MethodSpec("group-mean", Map.of("group", "Z")), "I", Set.of("G"), false))
        .hasMessageContaining("group column Z");
    assertThatThrownBy(() -> Imputer.check(MethodSpec.of("linear"), "I", Set.of(), false))
        .hasMessageContaining("yearly");
  }
}
