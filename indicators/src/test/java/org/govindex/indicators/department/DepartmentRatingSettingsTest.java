package org.govindex.indicators.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.govindex.contract.Results;
import org.govindex.indicators.appraisal.AppraisalConfigException;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.junit.jupiter.api.Test;

class DepartmentRatingSettingsTest {

  @Test
  void defaultsFollowTheMethodology() {
    DepartmentRatingSettings s = DepartmentRatingSettings.defaults("2026");
    assertThat(s.weight(RaterGroup.RESIDENTS)).isEqualTo(0.4);
    assertThat(s.weight(RaterGroup.STREET)).isEqualTo(0.3);
    assertThat(s.weight(RaterGroup.COMMITTEE)).isEqualTo(0.2);
    assertThat(s.weight(RaterGroup.UNITS)).isEqualTo(0.1);
    assertThat(s.minimumRaters()).isEqualTo(3);
    assertThat(s.satisfactionWeight()).isEqualTo(0.5);
    assertThat(s.satisfactionWeightFloor()).isEqualTo(0.5);
  }

  @Test
  void configuredPolicyIsTakenOverAndUnlistedGroupsWeighZero() {
    AppraisalPolicy policy =
        AppraisalPolicy.parse(
            "subjective_weight:\n  department: 0.6\n"
                + "department_rating:\n  group_weights: {居民代表: 0.5, 街道: 0.5}\n  minimum_raters: 5\n",
            "appraisal.yaml");
    DepartmentRatingSettings s = DepartmentRatingSettings.fromPolicy(policy, "2026");
    assertThat(s.weight(RaterGroup.RESIDENTS)).isEqualTo(0.5);
    assertThat(s.weight(RaterGroup.UNITS)).isEqualTo(0.0);
    assertThat(s.minimumRaters()).isEqualTo(5);
    assertThat(s.satisfactionWeight()).isEqualTo(0.6);
  }

  @Test
  void satisfactionWeightBelowTheFloorIsRefused() {
    AppraisalPolicy policy =
        AppraisalPolicy.parse("subjective_weight:\n  department: 0.4\n", "appraisal.yaml");
    assertThatThrownBy(() -> DepartmentRatingSettings.fromPolicy(policy, "2026"))
        .isInstanceOf(DepartmentSettingsException.class)
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessageContaining("subjective_weight.department = 0.4")
        .hasMessageContaining("floor 0.5");
  }

  @Test
  void unknownGroupAndBadSettingsAreRefused() {
    AppraisalPolicy policy =
        AppraisalPolicy.parse(
            "department_rating:\n  group_weights: {居民代表: 0.5, 人大代表: 0.5}\n", "appraisal.yaml");
    assertThatThrownBy(() -> DepartmentRatingSettings.fromPolicy(policy, "2026"))
        .isInstanceOf(DepartmentSettingsException.class)
        .hasMessageContaining("department_rating.group_weights.人大代表");
    assertThatThrownBy(
            () ->
                new DepartmentRatingSettings(
                    "2026", Map.of(RaterGroup.RESIDENTS, 0.0), 3, 0.5, 0.5))
        .hasMessageContaining("all rater group weights are 0");
    assertThatThrownBy(
            () ->
                new DepartmentRatingSettings("26", Map.of(RaterGroup.RESIDENTS, 1.0), 3, 0.5, 0.5))
        .hasMessageContaining("period");
    assertThatThrownBy(
            () ->
                new DepartmentRatingSettings(
                    "2026", Map.of(RaterGroup.RESIDENTS, 1.0), 0, 0.5, 0.5))
        .hasMessageContaining("department_rating.minimum_raters must be >= 1, got 0");
    assertThatThrownBy(
            () ->
                new DepartmentRatingSettings(
                    "2026", Map.of(RaterGroup.RESIDENTS, Double.POSITIVE_INFINITY), 3, 0.5, 0.5))
        .hasMessageContaining("department_rating.group_weights.居民代表 must be a finite number");
  }

  @Test
  void raterGroupColumnsAreNamedByCode() {
    assertThat(RaterGroup.fromLabel(" 驻区单位 ")).contains(RaterGroup.UNITS);
    assertThat(RaterGroup.UNITS.scoreColumn()).isEqualTo("group_units");
    assertThat(RaterGroup.COMMITTEE.countColumn()).isEqualTo("n_raters_committee");
    assertThat(RaterGroup.fromLabel("人大代表")).isEmpty();
    assertThatThrownBy(() -> RaterGroup.of("人大代表"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("评议人类型 '人大代表' is not a rater group (one of 居民代表, 街道, 社区居委会, 驻区单位)");
  }

  @Test
  void raterGroupsAreTheContractsInItsOrder() {
    assertThat(Arrays.stream(RaterGroup.values()).map(RaterGroup::code))
        .containsExactlyElementsOf(Results.RATER_GROUPS.keySet());
    assertThat(Arrays.stream(RaterGroup.values()).map(RaterGroup::label))
        .containsExactly("居民代表", "街道", "社区居委会", "驻区单位");
    for (RaterGroup g : RaterGroup.values()) {
      assertThat(Results.DEPARTMENT_RATING.has(g.scoreColumn())).isTrue();
      assertThat(Results.DEPARTMENT_RATING.has(g.countColumn())).isTrue();
    }
  }
}
