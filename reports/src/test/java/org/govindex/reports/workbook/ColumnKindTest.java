package org.govindex.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnKindTest {

  private static ColumnKind kind(String code, String... values) {
    ColumnProfile profile = new ColumnProfile();
    for (String value : values) {
      profile.observe(value);
    }
    return ColumnKind.of(code, profile);
  }

  @Test
  void onlyNumbersAsTheTablesWriteThemAreNumbers() {
    assertThat(ColumnProfile.isNumber("1.0E-5")).isTrue();
    assertThat(ColumnProfile.isNumber("-3.25")).isTrue();
    assertThat(ColumnProfile.isNumber("0")).isTrue();
    assertThat(ColumnProfile.isNumber("007")).isFalse();
    assertThat(ColumnProfile.isNumber("12345678901234567890")).isFalse();
    assertThat(ColumnProfile.isNumber("NaN")).isFalse();
    assertThat(ColumnProfile.isNumber("Infinity")).isFalse();
    assertThat(ColumnProfile.isNumber("1e999")).isFalse();
    assertThat(ColumnProfile.isNumber("+1")).isFalse();
    assertThat(ColumnProfile.isNumber(" 1")).isFalse();
  }

  @Test
  void kindFollowsTheColumnCodeOnceAllValuesAreNumbers() {
    assertThat(kind("satisfaction_rate", "0.8765", "")).isEqualTo(ColumnKind.RATE);
    assertThat(kind("dont_know_share", "0.1")).isEqualTo(ColumnKind.RATE);
    assertThat(kind("award_amount", "150000.0")).isEqualTo(ColumnKind.AMOUNT);
    assertThat(kind("award_total", "150000")).isEqualTo(ColumnKind.AMOUNT);
    assertThat(kind("n_valid", "152")).isEqualTo(ColumnKind.COUNT);
    assertThat(kind("rank", "1", "2")).isEqualTo(ColumnKind.COUNT);
    assertThat(kind("total_score", "70.5")).isEqualTo(ColumnKind.SCORE);
    assertThat(kind("development_index", "0.5")).isEqualTo(ColumnKind.SCORE);
    assertThat(kind("ci_low", "60.0")).isEqualTo(ColumnKind.SCORE);
    assertThat(kind("group_residents", "60.0")).isEqualTo(ColumnKind.SCORE);
    assertThat(kind("subjective_weight", "0.6")).isEqualTo(ColumnKind.DECIMAL);
    assertThat(kind("rank_p05", "1.5")).isEqualTo(ColumnKind.DECIMAL);
    assertThat(kind("eligible", "true", "false", "")).isEqualTo(ColumnKind.BOOLEAN);
  }

  @Test
  void identifiersMixedAndEmptyColumnsStayText() {
    assertThat(kind("period", "2026")).isEqualTo(ColumnKind.TEXT);
    assertThat(kind("unit_code", "1001")).isEqualTo(ColumnKind.TEXT);
    assertThat(kind("response_id", "17")).isEqualTo(ColumnKind.TEXT);
    assertThat(kind("total_score", "70.5", "n/a")).isEqualTo(ColumnKind.TEXT);
    assertThat(kind("total_score", "", "")).isEqualTo(ColumnKind.TEXT);
    assertThat(kind("grade", "优秀")).isEqualTo(ColumnKind.TEXT);
  }

  @Test
  void displayWidthCountsIdeographsDouble() {
    assertThat(DisplayWidth.of("东湖街道")).isEqualTo(8);
    assertThat(DisplayWidth.of("A1（一）")).isEqualTo(8);
    assertThat(DisplayWidth.of("unit_code")).isEqualTo(9);
    assertThat(ColumnKind.COUNT.displayWidth(1_234_567)).isEqualTo(9);
    assertThat(ColumnKind.RATE.displayWidth(0.8765)).isEqualTo(5);
  }
}
