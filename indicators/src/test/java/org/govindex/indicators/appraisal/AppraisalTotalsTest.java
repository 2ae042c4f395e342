package org.govindex.indicators.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.govindex.contract.UnitLevel.COMMUNITY;
import static org.govindex.contract.UnitLevel.STREET;
import static org.govindex.indicators.appraisal.AppraisalFixture.byUnit;
import static org.govindex.indicators.appraisal.AppraisalFixture.objective;
import static org.govindex.indicators.appraisal.AppraisalFixture.policy;
import static org.govindex.indicators.appraisal.AppraisalFixture.subjective;
import static org.govindex.indicators.appraisal.AppraisalFixture.totals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.indicators.grading.GradeThresholds;
import org.govindex.indicators.registry.Registry;
import org.govindex.indicators.subjective.UnitSubjective;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of methodology §3: totals, missing parts, thresholds, quota, change. */
class AppraisalTotalsTest {

  private static final double EPS = 1e-12;

  @Test
  void totalsUseTheLevelWeightAndMissingPartsLeaveTheUnitUnranked() {
    List<UnitSubjective> s =
        List.of(
            subjective(COMMUNITY, "A", 80.0, 40, 75.0, 85.0, false, ""),
            subjective(COMMUNITY, "B", 90.0, 40, 85.0, 95.0, false, ""),
            subjective(COMMUNITY, "C", null, 0, null, null, true, "no_survey;insufficient_sample"),
            subjective(COMMUNITY, "D", 99.0, 10, 90.0, 100.0, true, "insufficient_sample"),
            subjective(STREET, "S1", 70.0, 150, 68.0, 72.0, false, ""));
    List<ObjectiveScore> o =
        List.of(
            objective(COMMUNITY, "A", 60.0, ""),
            objective(COMMUNITY, "C", 70.0, ""),
            objective(COMMUNITY, "D", 99.0, ""),
            objective(STREET, "S1", 90.0, "central_street_economic_excluded"));
    Registry registry =
        new Registry(
            List.of(new Registry.District("D1", "一区", "中心城区", true)),
            List.of(new Registry.Street("S1", "一街道", "D1")),
            List.of(new Registry.Community("A", "A名", "S1", 100, 1000, "城市社区")),
            List.of());

    Table table =
        AppraisalTotals.compute(registry, s, o, Map.of(), Map.of(), policy(0.8, 0.6), "2026");
    Map<String, Table.Row> t = byUnit(table);

    assertThat(table.spec()).isEqualTo(Results.APPRAISAL);
    // communities then streets, each by rank (unranked last), then unit_code
    assertThat(table.rows().stream().map(r -> r.string("unit_code")))
        .containsExactly("A", "B", "C", "D", "S1");
    // A: 0.8·80 + 0.2·60 = 76
    Table.Row a = t.get("community|A");
    assertThat(a.number("total_score")).isCloseTo(76.0, within(EPS));
    assertThat(a.number("subjective_weight")).isEqualTo(0.8);
    assertThat(a.integer("rank")).isEqualTo(1);
    assertThat(a.string("grade")).isEqualTo("合格");
    assertThat(a.string("flags")).isEmpty();
    assertThat(a.string("parent_code")).isEqualTo("S1");
    assertThat(a.string("parent_name")).isEqualTo("一街道");
    assertThat(a.string("district_type")).isEqualTo("中心城区");
    assertThat(a.string("unit_name")).isEqualTo("A名");
    assertThat(a.string("period")).isEqualTo("2026");
    // constant replicates: the rank interval is the rank; unranked units have none
    assertThat(a.integer("rank_low")).isEqualTo(1);
    assertThat(a.integer("rank_high")).isEqualTo(1);
    assertThat(t.get("community|B").integer("rank_low")).isNull();
    assertThat(t.get("community|D").integer("rank_high")).isNull();
    // B: no objective score -> no total, unranked
    Table.Row b = t.get("community|B");
    assertThat(b.number("total_score")).isNull();
    assertThat(b.integer("rank")).isNull();
    assertThat(b.string("grade")).isNull();
    assertThat(b.string("flags")).isEqualTo("incomplete;no_objective_score");
    assertThat(b.string("parent_code")).isNull();
    // C: no survey -> no total
    assertThat(t.get("community|C").number("total_score")).isNull();
    assertThat(t.get("community|C").string("flags"))
        .isEqualTo("no_survey;insufficient_sample;incomplete");
    // D: a total but below the minimum sample: 样本不足, unranked
    Table.Row d = t.get("community|D");
    assertThat(d.number("total_score")).isCloseTo(99.0, within(EPS));
    assertThat(d.integer("rank")).isNull();
    assertThat(d.string("grade")).isEqualTo("样本不足");
    // S1: 0.6·70 + 0.4·90 = 78, objective flags carried
    Table.Row s1 = t.get("street|S1");
    assertThat(s1.number("total_score")).isCloseTo(78.0, within(EPS));
    assertThat(s1.string("flags")).isEqualTo("central_street_economic_excluded");
    assertThat(s1.string("parent_code")).isEqualTo("D1");
    assertThat(s1.string("parent_name")).isEqualTo("一区");
    assertThat(s1.string("district_type")).isEqualTo("中心城区");
    // no previous period: no change
    assertThat(a.number("previous_total_score")).isNull();
    assertThat(a.number("total_change")).isNull();
    assertThat(a.bool("change_significant")).isNull();
  }

  @Test
  void configuredThresholdsAndTheExcellentQuotaNeverSplitATie() {
    // totals = S (O = S): 97, 95, 95, 93, 91, 85, 80, 75, 70, 50; 10 ranked, quota 0.3 -> 3
    double[] totals = {97, 95, 95, 93, 91, 85, 80, 75, 70, 50};
    List<UnitSubjective> subjective = new ArrayList<>();
    List<ObjectiveScore> objective = new ArrayList<>();
    for (int i = 0; i < totals.length; i++) {
      String code = "U" + i;
      subjective.add(
          subjective(COMMUNITY, code, totals[i], 50, totals[i] - 1, totals[i] + 1, false, ""));
      objective.add(objective(COMMUNITY, code, totals[i], ""));
    }
    Map<String, Table.Row> t =
        byUnit(
            totals(
                subjective,
                objective,
                policy(0.7, 0.5, new GradeThresholds(92, 78, 72), OptionalDouble.of(0.3))));

    // ranks 1, 2, 2, 4, ...; 优秀 by threshold 92: U0..U3 (4 units) > cap 3.
    // U0 keeps (1 unit up to rank 1); U1, U2 tie at rank 2 (3 units up to rank 2) keep;
    // U3 (4 units up to rank 4) is demoted to 良好.
    assertThat(grade(t, "U0")).isEqualTo("优秀");
    assertThat(grade(t, "U1")).isEqualTo("优秀");
    assertThat(grade(t, "U2")).isEqualTo("优秀");
    assertThat(grade(t, "U3")).isEqualTo("良好");
    assertThat(t.get("community|U3").string("flags")).isEqualTo("excellent_quota_demoted");
    assertThat(grade(t, "U4")).isEqualTo("良好"); // 91 < 92
    assertThat(t.get("community|U4").string("flags")).isEmpty();
    assertThat(grade(t, "U6")).isEqualTo("良好"); // 80 >= 78
    assertThat(grade(t, "U7")).isEqualTo("合格"); // 75 >= 72
    assertThat(grade(t, "U8")).isEqualTo("不合格"); // 70 < 72
    assertThat(t.get("community|U2").integer("rank")).isEqualTo(2);
    assertThat(t.get("community|U3").integer("rank")).isEqualTo(4);
    assertThat(t.get("community|U2").integer("rank_low")).isEqualTo(2);
    assertThat(t.get("community|U2").integer("rank_high")).isEqualTo(2);
    assertThat(t.get("community|U3").integer("rank_high")).isEqualTo(4);

    // a cap of 0.2 -> 2 units: the tie at rank 2 would make 3, so both tied units are demoted
    Map<String, Table.Row> strict =
        byUnit(
            totals(
                subjective,
                objective,
                policy(0.7, 0.5, new GradeThresholds(92, 78, 72), OptionalDouble.of(0.2))));
    assertThat(grade(strict, "U0")).isEqualTo("优秀");
    assertThat(grade(strict, "U1")).isEqualTo("良好");
    assertThat(grade(strict, "U2")).isEqualTo("良好");
  }

  @Test
  void theQuotaIsFlooredAfterAllowingForRoundingOfTheShare() {
    // 100 ranked units all above 90 (w = 1, so T = S exactly): 99.90, 99.85, ..., 94.95.
    // Quota 0.29: 0.29 · 100 is 28.999999999999996 in floating point; the cap is
    // floor(100 · (0.29 + 1e-12)) = 29, as in the Spark version, so 29 keep 优秀 and 71 are demoted.
    List<UnitSubjective> subjective = new ArrayList<>();
    List<ObjectiveScore> objective = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String code = String.format("U%03d", i);
      double s = 99.9 - 0.05 * i;
      subjective.add(subjective(COMMUNITY, code, s, 50, s - 1, s + 1, false, ""));
      objective.add(objective(COMMUNITY, code, 0.0, ""));
    }
    assertThat(0.29 * 100).isLessThan(29.0);
    Table table =
        totals(
            subjective,
            objective,
            policy(1.0, 0.5, GradeThresholds.DEFAULT, OptionalDouble.of(0.29)));
    long excellent = table.rows().stream().filter(r -> "优秀".equals(r.string("grade"))).count();
    long demoted =
        table.rows().stream()
            .filter(r -> r.string("flags").equals("excellent_quota_demoted"))
            .count();
    assertThat(excellent).isEqualTo(29);
    assertThat(demoted).isEqualTo(71);
    assertThat(byUnit(table).get("community|U028").string("grade")).isEqualTo("优秀");
    assertThat(byUnit(table).get("community|U029").string("grade")).isEqualTo("良好");
  }

  @Test
  void changeIsSignificantOnlyBeyondTheCombinedUncertainty() {
    // w = 0.7; S intervals of width 10 -> half-width of T 3.5 in both periods;
    // bound = sqrt(3.5² + 3.5²) = 4.9497...
    List<UnitSubjective> s =
        List.of(
            subjective(COMMUNITY, "A", 80.0, 40, 75.0, 85.0, false, ""),
            subjective(COMMUNITY, "B", 80.0, 40, 75.0, 85.0, false, ""),
            subjective(COMMUNITY, "N", 80.0, 40, 75.0, 85.0, false, ""));
    List<ObjectiveScore> o =
        List.of(
            objective(COMMUNITY, "A", 60.0, ""),
            objective(COMMUNITY, "B", 60.0, ""),
            objective(COMMUNITY, "N", 60.0, ""));
    Map<String, PreviousTotal> previous =
        Map.of(
            "community|A", new PreviousTotal(72.0, 0.7, 70.0, 80.0), // Δ = 2
            "community|B", new PreviousTotal(70.0, 0.7, 70.0, 80.0)); // Δ = 4
    Map<String, Table.Row> t =
        byUnit(
            AppraisalTotals.compute(
                AppraisalFixture.NO_REGISTRY, s, o, Map.of(), previous, policy(0.7, 0.5), "2026"));
    // T = 0.7·80 + 0.3·60 = 74
    assertThat(t.get("community|A").number("previous_total_score")).isEqualTo(72.0);
    assertThat(t.get("community|A").number("total_change")).isCloseTo(2.0, within(1e-9));
    assertThat(t.get("community|A").bool("change_significant")).isFalse();
    assertThat(t.get("community|B").number("total_change")).isCloseTo(4.0, within(1e-9));
    assertThat(t.get("community|B").bool("change_significant")).isFalse();
    assertThat(t.get("community|N").number("previous_total_score")).isNull();
    assertThat(t.get("community|N").bool("change_significant")).isNull();

    Map<String, Table.Row> u =
        byUnit(
            AppraisalTotals.compute(
                AppraisalFixture.NO_REGISTRY,
                s,
                o,
                Map.of(),
                Map.of("community|A", new PreviousTotal(69.0, 0.7, 70.0, 80.0)),
                policy(0.7, 0.5),
                "2026"));
    // Δ = 5 > 4.9497 -> significant
    assertThat(u.get("community|A").number("total_change")).isCloseTo(5.0, within(1e-9));
    assertThat(u.get("community|A").bool("change_significant")).isTrue();

    // a previous total without interval, or no current total: a change cannot be judged
    Map<String, Table.Row> v =
        byUnit(
            AppraisalTotals.compute(
                AppraisalFixture.NO_REGISTRY,
                s,
                List.of(objective(COMMUNITY, "A", 60.0, "")),
                Map.of(),
                Map.of(
                    "community|A", new PreviousTotal(60.0, 0.7, null, null),
                    "community|B", new PreviousTotal(60.0, 0.7, 70.0, 80.0)),
                policy(0.7, 0.5),
                "2026"));
    assertThat(v.get("community|A").number("total_change")).isCloseTo(14.0, within(1e-9));
    assertThat(v.get("community|A").bool("change_significant")).isNull();
    assertThat(v.get("community|B").number("previous_total_score")).isEqualTo(60.0);
    assertThat(v.get("community|B").number("total_change")).isNull();
    assertThat(v.get("community|B").bool("change_significant")).isNull();
  }

  @Test
  void surveyQualityFlagsAreAppendedWithoutChangingScores() {
    List<UnitSubjective> s =
        List.of(
            subjective(STREET, "A", 80.0, 150, 79.0, 81.0, false, ""),
            subjective(STREET, "B", 70.0, 150, 69.0, 71.0, false, "missing_population"),
            subjective(STREET, "C", 60.0, 150, 59.0, 61.0, false, ""));
    List<ObjectiveScore> o =
        List.of(
            objective(STREET, "A", 80.0, ""),
            objective(STREET, "B", 70.0, ""),
            objective(STREET, "C", 60.0, ""));
    Map<String, String> quality =
        Map.of(
            "street|A", "many_speeders;suspicious_survey",
            "street|B", "ip_burst;suspicious_survey",
            "street|C", "");

    Table with =
        AppraisalTotals.compute(
            AppraisalFixture.NO_REGISTRY, s, o, quality, Map.of(), policy(0.7, 0.5), "2026");
    Map<String, Table.Row> t = byUnit(with);

    assertThat(t.get("street|A").string("flags")).isEqualTo("many_speeders;suspicious_survey");
    assertThat(t.get("street|B").string("flags"))
        .isEqualTo("missing_population;ip_burst;suspicious_survey");
    assertThat(t.get("street|C").string("flags")).isEmpty();
    assertThat(t.get("street|B").number("total_score")).isCloseTo(70.0, within(EPS));
    assertThat(t.get("street|B").integer("rank")).isEqualTo(2);
    // every other cell as without the quality flags
    Table without = totals(s, o, policy(0.7, 0.5));
    for (int i = 0; i < with.size(); i++) {
      for (String column : Results.APPRAISAL.names()) {
        if (!column.equals("flags")) {
          assertThat(with.row(i).get(column)).as(column).isEqualTo(without.row(i).get(column));
        }
      }
    }
  }

  @Test
  void flagsComeInTheOrderOfTheSparkVersion() {
    // the subjective part's, incomplete, no_objective_score, O's, the quota's, survey quality's
    List<UnitSubjective> s =
        List.of(
            subjective(STREET, "X", 98.0, 150, 97.0, 99.0, false, ""),
            subjective(STREET, "Y", 97.0, 150, 96.0, 98.0, false, "missing_population"),
            subjective(STREET, "Z", 50.0, 20, 45.0, 55.0, true, "insufficient_sample"));
    List<ObjectiveScore> o =
        List.of(
            objective(STREET, "X", 98.0, ""),
            objective(
                STREET,
                "Y",
                97.0,
                "central_street_economic_excluded;missing_indicator:volunteer_rate"),
            objective(STREET, "Z", null, "no_objective_indicator;missing_indicator:a"));
    Map<String, String> quality =
        Map.of("street|Y", "ip_burst;suspicious_survey", "street|Z", "many_dont_know");
    // quota 0.5 of 2 ranked units: 1 keeps 优秀, Y is demoted
    Map<String, Table.Row> t =
        byUnit(
            AppraisalTotals.compute(
                AppraisalFixture.NO_REGISTRY,
                s,
                o,
                quality,
                Map.of(),
                policy(0.7, 0.5, GradeThresholds.DEFAULT, OptionalDouble.of(0.5)),
                "2026"));
    assertThat(t.get("street|Y").string("flags"))
        .isEqualTo(
            "missing_population;central_street_economic_excluded;missing_indicator:volunteer_rate;"
                + "excellent_quota_demoted;ip_burst;suspicious_survey");
    assertThat(t.get("street|Z").string("flags"))
        .isEqualTo(
            "insufficient_sample;incomplete;no_objective_score;no_objective_indicator;"
                + "missing_indicator:a;many_dont_know");
  }

  private static String grade(Map<String, Table.Row> t, String code) {
    return t.get("community|" + code).string("grade");
  }

  @Test
  void anObjectiveScoreOnTooFewIndicatorsGivesNoRankAndNoGrade() {
    // A: O on 6 of its 12 weighted indicators (coverage 0.5: enough); B: on 5 of 12 (0.4167 < 0.5):
    // B keeps S, O and T but is not ranked and not graded; C is ranked second after A.
    List<UnitSubjective> s =
        List.of(
            subjective(COMMUNITY, "A", 95.0, 40, 90.0, 99.0, false, ""),
            subjective(COMMUNITY, "B", 99.0, 40, 95.0, 100.0, false, ""),
            subjective(COMMUNITY, "C", 85.0, 40, 80.0, 90.0, false, ""));
    List<ObjectiveScore> o =
        List.of(
            new ObjectiveScore(COMMUNITY, "A", 100.0, 6, 12, List.of(), List.of()),
            new ObjectiveScore(COMMUNITY, "B", 100.0, 5, 12, List.of(), List.of()),
            new ObjectiveScore(COMMUNITY, "C", 100.0, 12, 12, List.of(), List.of()));
    Map<String, Table.Row> t = byUnit(totals(s, o, policy(0.7, 0.5)));
    // T = 0.7·S + 0.3·100: A 96.5, B 99.3, C 89.5
    assertThat(t.get("community|B").number("total_score")).isCloseTo(99.3, within(EPS));
    assertThat(t.get("community|B").integer("rank")).isNull();
    assertThat(t.get("community|B").string("grade")).isNull();
    assertThat(t.get("community|B").string("flags")).isEqualTo("low_objective_coverage");
    assertThat(t.get("community|A").integer("rank")).isEqualTo(1);
    assertThat(t.get("community|A").string("grade")).isEqualTo("优秀");
    assertThat(t.get("community|C").integer("rank")).isEqualTo(2);
    assertThat(t.get("community|C").string("grade")).isEqualTo("良好");
  }
}
