package org.govindex.jobs.compute.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GradeTest {

  @Test
  void thresholdsAreInclusive() {
    assertThat(Grade.of(100)).isEqualTo(Grade.EXCELLENT);
    assertThat(Grade.of(90)).isEqualTo(Grade.EXCELLENT);
    assertThat(Grade.of(89.999999)).isEqualTo(Grade.GOOD);
    assertThat(Grade.of(80)).isEqualTo(Grade.GOOD);
    assertThat(Grade.of(79.99)).isEqualTo(Grade.PASS);
    assertThat(Grade.of(60)).isEqualTo(Grade.PASS);
    assertThat(Grade.of(59.99)).isEqualTo(Grade.FAIL);
    assertThat(Grade.of(0)).isEqualTo(Grade.FAIL);
    assertThat(Grade.of(90).label()).isEqualTo("优秀");
    assertThat(Grade.FAIL.label()).isEqualTo("不合格");
    assertThat(Grade.INSUFFICIENT_SAMPLE.label()).isEqualTo("样本不足");
  }

  @Test
  void nanHasNoGrade() {
    assertThatThrownBy(() -> Grade.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
