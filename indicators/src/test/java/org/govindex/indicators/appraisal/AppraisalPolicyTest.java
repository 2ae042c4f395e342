package org.govindex.indicators.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.grading.GradeThresholds;
import org.junit.jupiter.api.Test;

class AppraisalPolicyTest {

  private static final String ORIGIN = "appraisal.yaml";

  private static AppraisalPolicy parse(String yaml) {
    return AppraisalPolicy.parse(yaml, ORIGIN);
  }

  @Test
  void emptyDocumentGivesTheMethodologyDefaults() {
    AppraisalPolicy policy = parse("");
    assertThat(policy.subjectiveWeight(UnitLevel.COMMUNITY)).isEqualTo(0.7);
    assertThat(policy.subjectiveWeight(UnitLevel.STREET)).isEqualTo(0.5);
    assertThat(policy.subjectiveWeight(UnitLevel.DEPARTMENT)).isEqualTo(0.5);
    assertThat(policy.gradeThresholds()).isEqualTo(new GradeThresholds(90, 80, 60));
    assertThat(policy.minimumSample(UnitLevel.COMMUNITY)).isEqualTo(30);
    assertThat(policy.minimumSample(UnitLevel.STREET)).isEqualTo(100);
    assertThat(policy.excellentQuota()).isEmpty();
    assertThat(policy.departmentRating().groupWeights())
        .containsExactly(
            java.util.Map.entry("居民代表", 0.4),
            java.util.Map.entry("街道", 0.3),
            java.util.Map.entry("社区居委会", 0.2),
            java.util.Map.entry("驻区单位", 0.1));
    assertThat(policy.departmentRating().minimumRaters()).isEqualTo(3);
  }

  @Test
  void settingsOverrideDefaults() {
    AppraisalPolicy policy =
        parse(
            """
            subjective_weight:
              community: 0.8
              street: 0.6
              department: 0.3
            grade_thresholds: {excellent: 95, good: 85, pass: 65}
            minimum_sample: {community: 20, street: 80}
            excellent_quota: 0.2
            department_rating:
              group_weights: {居民代表: 1, 街道: 1}
              minimum_raters: 5
            """);
    assertThat(policy.subjectiveWeight(UnitLevel.COMMUNITY)).isEqualTo(0.8);
    assertThat(policy.subjectiveWeight(UnitLevel.STREET)).isEqualTo(0.6);
    assertThat(policy.subjectiveWeight(UnitLevel.DEPARTMENT)).isEqualTo(0.3);
    assertThat(policy.gradeThresholds().grade(95)).isEqualTo("优秀");
    assertThat(policy.gradeThresholds().grade(94.99)).isEqualTo("良好");
    assertThat(policy.gradeThresholds().grade(65)).isEqualTo("合格");
    assertThat(policy.gradeThresholds().grade(64.9)).isEqualTo("不合格");
    assertThat(policy.minimumSampleCommunity()).isEqualTo(20);
    assertThat(policy.minimumSampleStreet()).isEqualTo(80);
    assertThat(policy.excellentQuota()).isEqualTo(OptionalDouble.of(0.2));
    assertThat(policy.departmentRating().groupWeights()).containsOnlyKeys("居民代表", "街道");
    assertThat(policy.departmentRating().minimumRaters()).isEqualTo(5);
  }

  @Test
  void communityWeightBelowTheFloorIsRefusedNamingRuleLevelValueAndFloor() {
    assertThatThrownBy(() -> parse("subjective_weight:\n  street: 0.5\n  community: 0.65\n"))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessageStartingWith(ORIGIN + " line 3: ")
        .hasMessageContaining("residents' subjective evaluation weighs at least 50% for streets")
        .hasMessageContaining("level community")
        .hasMessageContaining("is 0.65")
        .hasMessageContaining("floor is 0.7")
        .satisfies(
            e -> {
              PolicyViolationException p = (PolicyViolationException) e;
              assertThat(p.level()).isEqualTo("community");
              assertThat(p.value()).isEqualTo(0.65);
              assertThat(p.limit()).isEqualTo(0.7);
            });
  }

  @Test
  void streetWeightBelowTheFloorIsRefused() {
    assertThatThrownBy(() -> parse("subjective_weight:\n  street: 0.49\n"))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessageContaining(ORIGIN + " line 2")
        .hasMessageContaining("residents' subjective evaluation weighs at least 50% for streets")
        .hasMessageContaining("level street")
        .hasMessageContaining("0.49")
        .hasMessageContaining("floor is 0.5");
  }

  @Test
  void floorsHoldAtExactlyTheFloorAndDepartmentsHaveNone() {
    AppraisalPolicy policy =
        parse("subjective_weight: {community: 0.7, street: 0.5, department: 0.1}\n");
    assertThat(policy.subjectiveWeight(UnitLevel.DEPARTMENT)).isEqualTo(0.1);
  }

  @Test
  void floorsCannotBeBypassedInCode() {
    java.util.Map<UnitLevel, Double> weights =
        new java.util.EnumMap<>(AppraisalPolicy.DEFAULT.subjectiveWeights());
    weights.put(UnitLevel.STREET, 0.3);
    assertThatThrownBy(
            () ->
                new AppraisalPolicy(
                    weights,
                    GradeThresholds.DEFAULT,
                    30,
                    100,
                    OptionalDouble.empty(),
                    DepartmentRatingPolicy.DEFAULT))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessageContaining("floor is 0.5");
  }

  @Test
  void unknownKeysAreRefusedWithTheirLine() {
    assertThatThrownBy(() -> parse("grade_thresholds:\n  excellent: 90\nsubjectve_weight: 1\n"))
        .isInstanceOf(AppraisalConfigException.class)
        .hasMessageStartingWith(ORIGIN + " line 3: unknown key 'subjectve_weight'");
    assertThatThrownBy(() -> parse("subjective_weight:\n  county: 0.9\n"))
        .hasMessageStartingWith(ORIGIN + " line 2: unknown key 'subjective_weight.county'");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThatThrownBy(() -> parse("excellent_quota: 0.1\nexcellent_quota: 0.2\n"))
        .hasMessage(ORIGIN + " line 2: duplicate key 'excellent_quota' (first on line 1)");
  }

  @Test
  void badValuesAreRefused() {
    assertThatThrownBy(() -> parse("subjective_weight:\n  community: high\n"))
        .hasMessage(ORIGIN + " line 2: subjective_weight.community must be a number, got 'high'");
    assertThatThrownBy(() -> parse("subjective_weight:\n  community: 1.2\n"))
        .hasMessageContaining("line 2: subjective_weight.community must be in [0, 1], got 1.2");
    assertThatThrownBy(() -> parse("excellent_quota: 1.5\n"))
        .hasMessageContaining("line 1: excellent_quota must be a share in (0, 1]");
    assertThatThrownBy(() -> parse("minimum_sample:\n  street: 2.5\n"))
        .hasMessageContaining("line 2: minimum_sample.street must be a positive whole number");
    assertThatThrownBy(() -> parse("grade_thresholds:\n  excellent: 70\n"))
        .hasMessageContaining("line 1: grade thresholds must satisfy");
    assertThatThrownBy(
            () -> parse("department_rating:\n  group_weights:\n    街道: -0.1\n    居民代表: 1\n"))
        .hasMessageContaining("line 3: department_rating.group_weights.街道 must not be negative");
    assertThatThrownBy(() -> parse("department_rating:\n  group_weights: {街道: 0}\n"))
        .hasMessageContaining("all-zero weights");
    assertThatThrownBy(() -> parse("subjective_weight: [1, 2]\n"))
        .hasMessageContaining("line 1: subjective_weight must be a mapping");
  }

  @Test
  void floorViolationReadsInChineseUnderLocaleChina() {
    java.util.Locale saved = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.CHINA);
    try {
      assertThatThrownBy(() -> parse("subjective_weight:\n  street: 0.49\n"))
          .isInstanceOf(PolicyViolationException.class)
          .hasMessageStartingWith(ORIGIN + " 第 2 行：违反政策规则“群众主观评价权重不低于街道50%、社区70%”：")
          .hasMessageContaining("层级 street 的主观权重 subjective_weight.street 为 0.49，低于政策下限 0.5");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}
