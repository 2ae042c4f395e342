package org.govindex.indicators.subjective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectiveSettingsTest {

  @Test
  void defaultsFollowTheMethodology() {
    SubjectiveSettings settings = SubjectiveSettings.defaults("2026");
    assertThat(settings.minSampleCommunity()).isEqualTo(30);
    assertThat(settings.minSampleStreet()).isEqualTo(100);
    assertThat(settings.bootstrapResamples()).isEqualTo(1000);
    assertThat(settings.communityWeight()).isEqualTo(0.7);
    assertThat(settings.streetWeight()).isEqualTo(0.5);
  }

  @Test
  void weightsBelowThePolicyFloorAreRefusedNamingRuleLevelValueAndFloor() {
    assertThatThrownBy(() -> new SubjectiveSettings("2026", 30, 100, 1000, 1L, 0.6, 0.5))
        .isInstanceOf(SubjectiveSettingsException.class)
        .hasMessageContaining("policy floor")
        .hasMessageContaining("level community")
        .hasMessageContaining("0.6")
        .hasMessageContaining("floor 0.7");
    assertThatThrownBy(() -> new SubjectiveSettings("2026", 30, 100, 1000, 1L, 0.7, 0.4))
        .isInstanceOf(SubjectiveSettingsException.class)
        .hasMessageContaining("level street")
        .hasMessageContaining("floor 0.5");
  }

  @Test
  void otherBadSettingsAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> new SubjectiveSettings("26", 30, 100, 1000, 1L, 0.7, 0.5))
        .hasMessageContaining("period");
    assertThatThrownBy(() -> new SubjectiveSettings("2026", 0, 100, 1000, 1L, 0.7, 0.5))
        .hasMessageContaining("minSampleCommunity");
    assertThatThrownBy(() -> new SubjectiveSettings("2026", 30, 100, 1, 1L, 0.7, 0.5))
        .hasMessageContaining("bootstrapResamples");
    assertThatThrownBy(() -> new SubjectiveSettings("2026", 30, 100, 1000, 1L, 1.2, 0.5))
        .hasMessageContaining("communityWeight");
  }
}
