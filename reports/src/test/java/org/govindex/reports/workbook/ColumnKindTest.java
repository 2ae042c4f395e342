package org.govindex.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.govindex.contract.ColumnSpec;
import org.govindex.contract.ColumnType;
import org.govindex.contract.Results;
import org.junit.jupiter.api.Test;

class ColumnKindTest {

  private static ColumnKind kind(String code, ColumnType type) {
    return ColumnKind.of(ColumnSpec.optional(code, type, code));
  }

  @Test
  void numberKindFollowsTheColumnName() {
    assertThat(kind("satisfaction_rate", ColumnType.DOUBLE)).isEqualTo(ColumnKind.RATE);
    assertThat(kind("dont_know_share", ColumnType.DOUBLE)).isEqualTo(ColumnKind.RATE);
    assertThat(kind("award_amount", ColumnType.DOUBLE)).isEqualTo(ColumnKind.AMOUNT);
    assertThat(kind("award_total", ColumnType.DOUBLE)).isEqualTo(ColumnKind.AMOUNT);
    assertThat(kind("n_valid", ColumnType.LONG)).isEqualTo(ColumnKind.COUNT);
    assertThat(kind("n_share_like", ColumnType.DOUBLE)).isEqualTo(ColumnKind.COUNT);
    assertThat(kind("rank", ColumnType.INT)).isEqualTo(ColumnKind.COUNT);
    assertThat(kind("total_score", ColumnType.DOUBLE)).isEqualTo(ColumnKind.SCORE);
    assertThat(kind("development_index", ColumnType.DOUBLE)).isEqualTo(ColumnKind.SCORE);
    assertThat(kind("ci_low", ColumnType.DOUBLE)).isEqualTo(ColumnKind.SCORE);
    assertThat(kind("group_residents", ColumnType.DOUBLE)).isEqualTo(ColumnKind.SCORE);
    assertThat(kind("subjective_weight", ColumnType.DOUBLE)).isEqualTo(ColumnKind.DECIMAL);
    // rank percentiles are shown as whole ranks (6–10, not 6.0–10)
    assertThat(kind("rank_p05", ColumnType.DOUBLE)).isEqualTo(ColumnKind.RANK);
    assertThat(kind("rank_median", ColumnType.DOUBLE)).isEqualTo(ColumnKind.RANK);
    assertThat(ColumnKind.RANK.format()).isEqualTo("0");
  }

  @Test
  void textAndBooleanColumnsByType() {
    assertThat(kind("eligible", ColumnType.BOOLEAN)).isEqualTo(ColumnKind.BOOLEAN);
    assertThat(kind("period", ColumnType.STRING)).isEqualTo(ColumnKind.TEXT);
    assertThat(kind("unit_code", ColumnType.STRING)).isEqualTo(ColumnKind.TEXT);
    assertThat(kind("total_score", ColumnType.STRING)).isEqualTo(ColumnKind.TEXT);
    assertThat(kind("grade", ColumnType.STRING)).isEqualTo(ColumnKind.TEXT);
  }

  @Test
  void everyPublishedNumberColumnIsNumeric() {
    for (var spec : Results.FIXED) {
      for (ColumnSpec column : spec.columns()) {
        boolean number =
            switch (column.type()) {
              case INT, LONG, DOUBLE -> true;
              default -> false;
            };
        assertThat(ColumnKind.of(column).numeric())
            .as(spec.name() + "." + column.name())
            .isEqualTo(number);
      }
    }
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
