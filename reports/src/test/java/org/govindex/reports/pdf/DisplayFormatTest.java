package org.govindex.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayFormatTest {

  @Test
  void scoresRoundHalfUpToOneDecimalOnTheShortestDecimalForm() {
    assertThat(DisplayFormat.score(84.25)).isEqualTo("84.3");
    assertThat(DisplayFormat.score(84.35)).isEqualTo("84.4"); // 84.349999… in binary
    assertThat(DisplayFormat.score(-0.04)).isEqualTo("0.0");
    assertThat(DisplayFormat.score(84.24999)).isEqualTo("84.2");
    assertThat(DisplayFormat.score(100.0)).isEqualTo("100.0");
    assertThat(DisplayFormat.score(0.04)).isEqualTo("0.0");
    assertThat(DisplayFormat.score(99.95)).isEqualTo("100.0");
    assertThat(DisplayFormat.score(null)).isEqualTo("—");
  }

  @Test
  void sharesArePercentagesWithOneDecimal() {
    assertThat(DisplayFormat.percent(0.8765)).isEqualTo("87.7%");
    assertThat(DisplayFormat.percent(0.5)).isEqualTo("50.0%");
    assertThat(DisplayFormat.percent(0.0005)).isEqualTo("0.1%");
    assertThat(DisplayFormat.percent(0.00049)).isEqualTo("0.0%");
    assertThat(DisplayFormat.percent(1.0)).isEqualTo("100.0%");
    assertThat(DisplayFormat.percent(0.0)).isEqualTo("0.0%");
    assertThat(DisplayFormat.percent(null)).isEqualTo("—");
  }

  @Test
  void intervalsCountsRanksAndTexts() {
    assertThat(DisplayFormat.interval(80.06, 88.24)).isEqualTo("80.1–88.2");
    assertThat(DisplayFormat.interval(null, null)).isEqualTo("—");
    assertThat(DisplayFormat.count(1234567)).isEqualTo("1,234,567");
    assertThat(DisplayFormat.rank(null)).isEqualTo("—");
    assertThat(DisplayFormat.rank(3)).isEqualTo("3");
    assertThat(DisplayFormat.text(" ")).isEqualTo("—");
  }
}
