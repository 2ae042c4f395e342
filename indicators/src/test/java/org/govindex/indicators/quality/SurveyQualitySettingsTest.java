package org.govindex.indicators.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SurveyQualitySettingsTest {

  @Test
  void defaults() {
    SurveyQualitySettings s = SurveyQualitySettings.defaults("2026");
    assertThat(s.period()).isEqualTo("2026");
    assertThat(s.burstWindowMinutes()).isEqualTo(10);
    assertThat(s.burstMinResponses()).isEqualTo(5);
    assertThat(s.straightlineMinItems()).isEqualTo(5);
    assertThat(s.speederShareThreshold()).isEqualTo(0.2);
    assertThat(s.duplicateShareThreshold()).isEqualTo(0.1);
    assertThat(s.straightlinerShareThreshold()).isEqualTo(0.3);
    assertThat(s.burstShareThreshold()).isEqualTo(0.2);
    assertThat(s.dontKnowShareThreshold()).isEqualTo(0.4);
  }

  @Test
  void invalidSettingsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> SurveyQualitySettings.defaults("26"))
        .isInstanceOf(SurveyQualitySettingsException.class)
        .hasMessageContaining("period");
    assertThatThrownBy(() -> SurveyQualitySettings.defaults("2026").withBurst(0, 5))
        .isInstanceOf(SurveyQualitySettingsException.class)
        .hasMessageContaining("burstWindowMinutes");
    assertThatThrownBy(() -> SurveyQualitySettings.defaults("2026").withBurst(10, 1))
        .isInstanceOf(SurveyQualitySettingsException.class)
        .hasMessageContaining("burstMinResponses");
    assertThatThrownBy(() -> new SurveyQualitySettings("2026", 10, 5, 1, 0.2, 0.1, 0.3, 0.2, 0.4))
        .isInstanceOf(SurveyQualitySettingsException.class)
        .hasMessageContaining("straightlineMinItems");
    assertThatThrownBy(
            () -> SurveyQualitySettings.defaults("2026").withThresholds(0.2, 1.5, 0.3, 0.2, 0.4))
        .isInstanceOf(SurveyQualitySettingsException.class)
        .hasMessageContaining("duplicateShareThreshold")
        .hasMessageContaining("1.5");
    assertThatThrownBy(
            () ->
                SurveyQualitySettings.defaults("2026")
                    .withThresholds(0.2, 0.1, 0.3, 0.2, Double.NaN))
        .isInstanceOf(SurveyQualitySettingsException.class)
        .hasMessageContaining("dontKnowShareThreshold");
  }
}
