package org.govindex.indicators.subjective;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govindex.contract.testing.ChineseLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Refusals of the subjective-score settings read in Chinese under a Chinese locale. */
@ExtendWith(ChineseLocale.class)
class SubjectiveMessagesChineseTest {

  @Test
  void aWeightBelowThePolicyFloorIsRefusedInChinese() {
    assertThatThrownBy(() -> new SubjectiveSettings("2026", 30, 100, 1000, 1L, 0.6, 0.5))
        .isInstanceOf(SubjectiveSettingsException.class)
        .hasMessage("低于主观权重的政策下限（方法说明第 3 节）：层级 community 的设置 communityWeight = 0.6，下限为 0.7");
  }

  @Test
  void aBadPeriodIsRefusedInChinese() {
    assertThatThrownBy(() -> SubjectiveSettings.defaults("26"))
        .isInstanceOf(SubjectiveSettingsException.class)
        .hasMessage("设置 period 须为四位年份 YYYY，实际为“26”");
  }
}
