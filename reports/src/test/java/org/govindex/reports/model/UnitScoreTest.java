package org.govindex.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitScoreTest {

  private static UnitScore community(Double score, Double low, Double high, Double rate) {
    return new UnitScore(
        UnitLevel.COMMUNITY,
        "440104001001",
        "东湖社区",
        "东湖街道",
        score,
        40,
        low,
        high,
        rate,
        1,
        "良好",
        List.of("insufficient_sample"));
  }

  @Test
  void satisfactionRateGivenAsPercentageIsRefusedNamingUnitAndField() {
    assertThatThrownBy(() -> community(80.0, 75.0, 85.0, 87.5))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining("440104001001")
        .hasMessageContaining("satisfaction_rate 87.5 outside [0.0, 1.0]");
  }

  @Test
  void intervalMustBeOrderedAndComplete() {
    assertThatThrownBy(() -> community(80.0, 85.0, 75.0, 0.9))
        .hasMessageContaining("ci_low 85.0 is above ci_high 75.0");
    assertThatThrownBy(() -> community(80.0, 75.0, null, 0.9))
        .hasMessageContaining("ci_low and ci_high must both be set or null");
    assertThatThrownBy(() -> community(Double.NaN, null, null, 0.9))
        .hasMessageContaining("subjective_score NaN");
  }

  @Test
  void nullableValuesAndFlags() {
    UnitScore unit = community(null, null, null, null);
    assertThat(unit.insufficientSample()).isTrue();
    assertThat(unit.flags()).containsExactly("insufficient_sample");
  }

  @Test
  void levelsComeFromTableCodesAndMustMatchTheirList() {
    assertThat(UnitLevel.fromCode("street")).isEqualTo(UnitLevel.STREET);
    assertThatThrownBy(() -> UnitLevel.fromCode("district"))
        .hasMessageContaining("unknown unit level 'district'");
    UnitScore community = community(80.0, 75.0, 85.0, 0.9);
    assertThatThrownBy(
            () ->
                new AppraisalReportData(
                    "2026", "2026-01-15", List.of(), List.of(community), List.of()))
        .hasMessageContaining("unit 440104001001 of level community in the street list");
  }

  @Test
  void inputFileBalance() {
    assertThat(new InputFileSummary("a.csv", 10, 7, 3).balanced()).isTrue();
    assertThat(new InputFileSummary("a.csv", 10, 7, 2).balanced()).isFalse();
    assertThat(new InputFileSummary("a.csv", 8, 6, 2).rejectedShare()).isEqualTo(0.25);
    assertThat(new InputFileSummary("a.csv", 0, 0, 0).rejectedShare()).isNull();
  }
}
