package org.govindex.indicators.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.Flag;
import org.govindex.contract.Grade;
import org.govindex.contract.Table;
import org.govindex.indicators.grading.GradeThresholds;
import org.govindex.indicators.grading.Grading;
import org.junit.jupiter.api.Test;

/** Project scores, grades (bounds 90 / 80 / 60 inclusive), eligibility and amounts. */
class ProjectAwardTest {

  static final AwardSettings SETTINGS = AwardSettings.DEFAULT;
  static final Grading GRADES = Grading.withoutQuota(GradeThresholds.DEFAULT);

  static ProjectAward award(double resident, double social) {
    return ProjectAward.of("2026", "P", "name", "C1", resident, social, SETTINGS, GRADES);
  }

  @Test
  void scoreIsTheMeanOfBothScores() {
    assertThat(award(94, 74).projectScore()).isCloseTo(84.0, within(1e-12));
    assertThat(award(57, 72).projectScore()).isCloseTo(64.5, within(1e-12));
  }

  @Test
  void gradesAtTheBoundsAreInclusive() {
    // exact bounds: 0.5·90 + 0.5·90 = 90, 80, 60
    assertThat(award(90, 90).grade()).isEqualTo(Grade.EXCELLENT);
    assertThat(award(80, 80).grade()).isEqualTo(Grade.GOOD);
    assertThat(award(60, 60).grade()).isEqualTo(Grade.PASS);
    assertThat(award(60, 60).eligible()).isFalse();
    assertThat(award(80, 80).eligible()).isTrue();
  }

  @Test
  void handCasesAroundEveryBound() {
    Object[][] cases = {
      // resident, social, score, grade, eligible, amount
      {100.0, 100.0, 100.0, "优秀", true, 100000.0},
      {95.0, 85.0, 90.0, "优秀", true, 100000.0},
      {100.0, 79.0, 89.5, "良好", true, 50000.0},
      {85.0, 75.0, 80.0, "良好", true, 50000.0},
      {80.0, 79.0, 79.5, "合格", false, 0.0},
      {70.0, 50.0, 60.0, "合格", false, 0.0},
      {60.0, 59.0, 59.5, "不合格", false, 0.0},
      {0.0, 0.0, 0.0, "不合格", false, 0.0},
    };
    for (Object[] c : cases) {
      ProjectAward a = award((double) c[0], (double) c[1]);
      assertThat(a.projectScore())
          .as("score of %s", List.of(c))
          .isCloseTo((double) c[2], within(1e-12));
      assertThat(a.grade().label()).as("grade of %s", List.of(c)).isEqualTo(c[3]);
      assertThat(a.eligible()).as("eligible %s", List.of(c)).isEqualTo(c[4]);
      assertThat(a.awardAmount()).as("amount %s", List.of(c)).isEqualTo((double) c[5]);
    }
  }

  @Test
  void missingScoreGivesNoGradeAndNoAward() {
    ProjectAward a = ProjectAward.of("2026", "P", "n", "C1", null, 80.0, SETTINGS, GRADES);
    assertThat(a.projectScore()).isNull();
    assertThat(a.grade()).isNull();
    assertThat(a.eligible()).isFalse();
    assertThat(a.awardAmount()).isZero();
    assertThat(a.flags()).isEqualTo(Flag.MISSING_SCORE.code());
  }

  @Test
  void configuredWeightsAndAmountsAreUsed() {
    AwardSettings s =
        AwardSettings.parse(
            new StringReader(
                """
                score_weights: {resident_satisfaction: 0.6, social_effect: 0.4}
                eligible_grades: [优秀]
                award_amounts: {优秀: 200000}
                """),
            "awards.yaml");
    ProjectAward a = ProjectAward.of("2026", "P", "n", "C1", 100.0, 80.0, s, GRADES);
    assertThat(a.projectScore()).isCloseTo(92.0, within(1e-12));
    assertThat(a.awardAmount()).isEqualTo(200000.0);
    ProjectAward good = ProjectAward.of("2026", "P", "n", "C1", 85.0, 85.0, s, GRADES);
    assertThat(good.grade()).isEqualTo(Grade.GOOD);
    assertThat(good.eligible()).isFalse();
    assertThat(good.awardAmount()).isZero();
  }

  @Test
  void bundledSettingsAreTheMethodologyDefaults() {
    AwardSettings bundled = AwardSettings.bundled();
    assertThat(bundled.residentSatisfactionWeight()).isEqualTo(0.5);
    assertThat(bundled.socialEffectWeight()).isEqualTo(0.5);
    assertThat(bundled.eligibleGrades()).isEqualTo(Set.of("优秀", "良好"));
    assertThat(bundled.amounts()).isEqualTo(Map.of("优秀", 100000.0, "良好", 50000.0));
  }

  @Test
  void gradesKeepTheGradeOrderWhateverTheFileOrder() {
    AwardSettings s =
        AwardSettings.parse(
            new StringReader("eligible_grades: [良好, 优秀]\naward_amounts: {良好: 1, 优秀: 2}"), "a.yaml");
    assertThat(s.eligibleGrades()).containsExactly("优秀", "良好");
    assertThat(s.amounts().keySet()).containsExactly("优秀", "良好");
  }

  @Test
  void badSettingsAreRefusedNamingTheSetting() {
    assertThatThrownBy(
            () -> AwardSettings.parse(new StringReader("award_amount: {优秀: 1}"), "a.yaml"))
        .isInstanceOf(InnovationConfigException.class)
        .hasMessageContaining("a.yaml")
        .hasMessageContaining("award_amount");
    assertThatThrownBy(
            () ->
                AwardSettings.parse(
                    new StringReader("score_weights: {resident_satisfaction: 0.7}"), "a.yaml"))
        .isInstanceOf(InnovationConfigException.class)
        .hasMessageContaining("sum to 1");
    assertThatThrownBy(
            () ->
                AwardSettings.parse(
                    new StringReader("eligible_grades: [优秀, 合格]\naward_amounts: {优秀: 1}"),
                    "a.yaml"))
        .isInstanceOf(InnovationConfigException.class)
        .hasMessageContaining("合格");
  }

  @Test
  void nanScoreIsMissing() {
    ProjectAward a = ProjectAward.of("2026", "P", "n", "C1", 80.0, Double.NaN, SETTINGS, GRADES);
    assertThat(a.projectScore()).isNull();
    assertThat(a.flags()).isEqualTo(Flag.MISSING_SCORE.code());
  }

  @Test
  void totalsPerCommunityStreetAndDistrict() {
    var registry =
        InnovationFixture.registry(
            List.of(
                InnovationFixture.community("C1", "S1", "D1", 10),
                InnovationFixture.community("C2", "S1", "D1", 10),
                InnovationFixture.community("C3", "S2", "D1", 10)));
    List<ProjectAward> awards =
        List.of(
            ProjectAward.of("2026", "P1", "n", "C1", 95.0, 95.0, SETTINGS, GRADES), // 优秀 100000
            ProjectAward.of("2026", "P2", "n", "C1", 85.0, 80.0, SETTINGS, GRADES), // 良好 50000
            ProjectAward.of("2026", "P3", "n", "C2", 60.0, 70.0, SETTINGS, GRADES), // 合格 0
            ProjectAward.of("2026", "P4", "n", "C3", 80.0, 80.0, SETTINGS, GRADES), // 良好 50000
            // a project of an unregistered community counts nowhere
            ProjectAward.of("2026", "P5", "n", "X9", 95.0, 95.0, SETTINGS, GRADES));
    Table rows = Awards.byUnit("2026", awards, registry);
    assertThat(total(rows, "community", "C1")).isEqualTo(150000.0);
    assertThat(total(rows, "community", "C2")).isEqualTo(0.0);
    assertThat(total(rows, "street", "S1")).isEqualTo(150000.0);
    assertThat(total(rows, "street", "S2")).isEqualTo(50000.0);
    assertThat(total(rows, "district", "D1")).isEqualTo(200000.0);
    Table.Row s1 = find(rows, "street", "S1");
    assertThat(
            List.of(
                s1.longValue("n_projects"),
                s1.longValue("n_scored"),
                s1.longValue("n_eligible"),
                s1.longValue("n_excellent"),
                s1.longValue("n_good")))
        .containsExactly(3L, 3L, 2L, 1L, 1L);
    // every registered unit, by level (community, street, district) then code
    assertThat(rows.rows().stream().map(r -> r.string("level") + " " + r.string("unit_code")))
        .containsExactly(
            "community C1",
            "community C2",
            "community C3",
            "street S1",
            "street S2",
            "district D1");
    assertThat(find(rows, "street", "S2").string("unit_name")).isEqualTo("street S2");
  }

  private static double total(Table rows, String level, String unit) {
    return find(rows, level, unit).number("award_total");
  }

  private static Table.Row find(Table rows, String level, String unit) {
    return rows.rows().stream()
        .filter(r -> r.string("level").equals(level) && r.string("unit_code").equals(unit))
        .findFirst()
        .orElseThrow();
  }
}
