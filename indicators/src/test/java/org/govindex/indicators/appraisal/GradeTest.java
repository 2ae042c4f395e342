package org.govindex.indicators.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govindex.contract.Grade;
import org.govindex.indicators.grading.GradeThresholds;
import org.govindex.indicators.grading.Grading;
import org.junit.jupiter.api.Test;

/** Grades of methodology §3 by the default thresholds: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格. */
class GradeTest {

  private static final Grading DEFAULT = Grading.withoutQuota(GradeThresholds.DEFAULT);

  @Test
  void thresholdsAreInclusive() {
    assertThat(DEFAULT.byScore(100)).isEqualTo(Grade.EXCELLENT);
    assertThat(DEFAULT.byScore(90)).isEqualTo(Grade.EXCELLENT);
    assertThat(DEFAULT.byScore(89.999999)).isEqualTo(Grade.GOOD);
    assertThat(DEFAULT.byScore(80)).isEqualTo(Grade.GOOD);
    assertThat(DEFAULT.byScore(79.99)).isEqualTo(Grade.PASS);
    assertThat(DEFAULT.byScore(60)).isEqualTo(Grade.PASS);
    assertThat(DEFAULT.byScore(59.99)).isEqualTo(Grade.FAIL);
    assertThat(DEFAULT.byScore(0)).isEqualTo(Grade.FAIL);
    assertThat(DEFAULT.byScore(90).label()).isEqualTo("优秀");
    assertThat(Grade.FAIL.label()).isEqualTo("不合格");
    assertThat(Grade.INSUFFICIENT_SAMPLE.label()).isEqualTo("样本不足");
  }

  @Test
  void nanHasNoGrade() {
    // a missing score is not 不合格
    assertThatThrownBy(() -> DEFAULT.byScore(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
