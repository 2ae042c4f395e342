package org.govindex.indicators.department;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.govindex.contract.testing.ChineseLocale;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Refusals of the department rating settings read in Chinese under a Chinese locale. */
@ExtendWith(ChineseLocale.class)
class DepartmentMessagesChineseTest {

  @Test
  void aSatisfactionWeightBelowTheFloorIsRefusedInChinese() {
    AppraisalPolicy policy =
        AppraisalPolicy.parse("subjective_weight:\n  department: 0.4\n", "appraisal.yaml");
    assertThatThrownBy(() -> DepartmentRatingSettings.fromPolicy(policy, "2026"))
        .isInstanceOf(DepartmentSettingsException.class)
        .hasMessage(
            "部门评议设置：低于部门满意度权重的政策下限（双向考评：群众满意度的权重不低于客观部分）："
                + "设置 subjective_weight.department = 0.4，下限为 0.5");
  }

  @Test
  void anUnknownRaterGroupIsRefusedInChinese() {
    AppraisalPolicy policy =
        AppraisalPolicy.parse(
            "department_rating:\n  group_weights: {居民代表: 0.5, 人大代表: 0.5}\n", "appraisal.yaml");
    assertThatThrownBy(() -> DepartmentRatingSettings.fromPolicy(policy, "2026"))
        .hasMessage(
            "部门评议设置：设置 department_rating.group_weights.人大代表：不是评议人类型"
                + "（须为 居民代表, 街道, 社区居委会, 驻区单位 之一）");
    assertThatThrownBy(() -> RaterGroup.of("人大代表"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("评议人类型“人大代表”不是有效的评议人类型（须为 居民代表, 街道, 社区居委会, 驻区单位 之一）");
  }

  @Test
  void badPeriodAndMinimumRatersAreRefusedInChinese() {
    assertThatThrownBy(
            () ->
                new DepartmentRatingSettings("26", Map.of(RaterGroup.RESIDENTS, 1.0), 3, 0.5, 0.5))
        .hasMessage("部门评议设置：设置 period 须为四位年份 YYYY，实际为“26”");
    assertThatThrownBy(
            () ->
                new DepartmentRatingSettings(
                    "2026", Map.of(RaterGroup.RESIDENTS, 1.0), 0, 0.5, 0.5))
        .hasMessage("部门评议设置：设置 department_rating.minimum_raters 须 >= 1，实际为 0");
  }
}
