package org.govindex.indicators.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Datasets;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.indicators.grading.GradeThresholds;
import org.govindex.indicators.registry.Registry;
import org.junit.jupiter.api.Test;

/**
 * The whole computation from the handed-over inputs: indicators from {@code community_facts},
 * {@code projects}, the objective raw values and S, worked out by hand (comments), the years rule,
 * the four tables' layouts and their row order.
 */
class InnovationIndexTest {

  static final double TOL = 1e-9;

  /**
   * Dimension a: volunteer_rate (objective, 0-0.1), staff_per_1000_households (facts, 0-2),
   * direct_election (facts, 0-1). Dimension b: project_count (0-2), project_score (60-100),
   * resident_satisfaction (50-100). Equal weights everywhere.
   */
  static final String META =
      """
      iCode,iName,Level,Parent,Type,Direction,Weight,GoalLow,GoalHigh
      volunteer_rate,志愿者,1,a,Indicator,1,1,0,0.1
      staff_per_1000_households,社工,1,a,Indicator,1,1,0,2
      direct_election,直选,1,a,Indicator,1,1,0,1
      project_count,项目数,1,b,Indicator,1,1,0,2
      project_score,项目得分,1,b,Indicator,1,1,60,100
      resident_satisfaction,满意度,1,b,Indicator,1,1,50,100
      a,维度甲,2,idx,Aggregate,1,1,,
      b,维度乙,2,idx,Aggregate,1,1,,
      idx,指数,3,,Aggregate,1,1,,
      """;

  static final String RECIPE =
      """
      normalise: {method: goalposts}
      aggregate: {method: arithmetic}
      """;

  /** C1, C2 in S1; C3 in S2; all in D1. Households 1000, 2000, 500. */
  static final Registry REGISTRY =
      new Registry(
          List.of(new Registry.District("D1", "一区", "非中心城区", false)),
          List.of(new Registry.Street("S2", "乙街道", "D1"), new Registry.Street("S1", "甲街道", "D1")),
          List.of(
              new Registry.Community("C3", "丙社区", "S2", 500, 2000, "城市社区"),
              new Registry.Community("C1", "甲社区", "S1", 1000, 1000, "城市社区"),
              new Registry.Community("C2", "乙社区", "S1", 2000, 3000, "城市社区")),
          List.of());

  static InnovationSettings settings() {
    return new InnovationSettings(
        "2026",
        null,
        InnovationFixture.framework(META, RECIPE),
        AwardSettings.DEFAULT,
        GradeThresholds.DEFAULT,
        30);
  }

  static Table.Builder fact(
      Table.Builder t, String community, int year, Double staff, Boolean directElection) {
    return t.row()
        .set("source_file", "facts.csv")
        .set("row_number", (long) t.size() + 1)
        .set("community_code", community)
        .set("year", year)
        .set("staff", staff)
        .set("direct_election", directElection)
        .add();
  }

  static Table facts() {
    Table.Builder t = Table.builder(Datasets.COMMUNITY_FACTS);
    fact(t, "C1", 2025, 1.0, false);
    fact(t, "C2", 2025, 2.0, false);
    fact(t, "C3", 2025, 1.0, true);
    fact(t, "C1", 2026, 3.0, true);
    fact(t, "C2", 2026, null, false);
    fact(t, "C3", 2026, 1.0, true);
    fact(t, "X9", 2026, 5.0, true); // not registered: ignored
    fact(t, "C1", 2027, 1.0, true); // after the period: not a scored year
    return t.build();
  }

  static Table projects() {
    Table.Builder t = Table.builder(Datasets.PROJECTS);
    Object[][] rows = {
      // code, community, year, resident, social
      {"P2", "C1", 2026, 70.0, 60.0},
      {"P1", "C1", 2026, 90.0, 80.0},
      {"P3", "X9", 2026, 95.0, 95.0},
      {"P4", "C3", 2026, 100.0, 100.0},
    };
    for (Object[] r : rows) {
      t.row()
          .set("source_file", "projects.csv")
          .set("row_number", (long) t.size() + 1)
          .set("project_code", r[0])
          .set("community_code", r[1])
          .set("year", r[2])
          .set("project_name", "项目" + r[0])
          .set("resident_satisfaction", r[3])
          .set("social_effect", r[4])
          .add();
    }
    return t.build();
  }

  static InnovationInputs inputs(Table facts) {
    Map<Integer, Map<String, Map<String, Double>>> objective =
        Map.of(
            2025, Map.of("C1", Map.of("volunteer_rate", 0.04), "C2", Map.of("volunteer_rate", 0.1)),
            2026,
                Map.of(
                    "C1", Map.of("volunteer_rate", 0.05),
                    "C2", Map.of("volunteer_rate", 0.1),
                    "C3", Map.of("volunteer_rate", 0.02)));
    return new InnovationInputs(
        REGISTRY,
        objective,
        facts,
        projects(),
        Map.of(
            "C1", new SurveyScore(80.0, 40, null),
            "C2", new SurveyScore(95.0, 25, null),
            "C3", new SurveyScore(null, 12, null)));
  }

  static Table.Row find(Table t, String period, String level, String unit) {
    return t.rows().stream()
        .filter(
            r ->
                r.string("period").equals(period)
                    && r.string("level").equals(level)
                    && r.string("unit_code").equals(unit))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + period + " " + level + " " + unit));
  }

  @Test
  void yearsRunFromTheFirstFactYearToThePeriod() {
    assertThat(InnovationIndex.years(facts(), settings())).containsExactly(2025, 2026);
    InnovationSettings later =
        new InnovationSettings(
            "2026",
            2026,
            settings().framework(),
            AwardSettings.DEFAULT,
            GradeThresholds.DEFAULT,
            30);
    assertThat(InnovationIndex.years(facts(), later)).containsExactly(2026);
    InnovationSettings missing =
        new InnovationSettings(
            "2026",
            2024,
            settings().framework(),
            AwardSettings.DEFAULT,
            GradeThresholds.DEFAULT,
            30);
    assertThatThrownBy(() -> InnovationIndex.years(facts(), missing))
        .isInstanceOf(InnovationInputException.class)
        .hasMessage(
            "community_facts: no row for the base year 2024 (years with facts: [2025, 2026])");
  }

  @Test
  void periodIndexFromFactsProjectsObjectiveValuesAndS() {
    Table index = InnovationIndex.compute(inputs(facts()), settings()).innovationIndex();
    // C1 2026: volunteer 0.05 → 50; staff 3 / 1000 households × 1000 = 3 → 100 (capped); direct
    // election 是 → 100; a = 250/3. Projects P1 (90+80)/2 = 85 and P2 (70+60)/2 = 65: count 2 →
    // 100, mean 75 → (75 − 60)/40 = 37.5; S 80 with 40 ≥ 30 responses → (80 − 50)/50 = 60;
    // b = 197.5/3.
    Table.Row c1 = find(index, "2026", "community", "C1");
    assertThat(c1.number("a")).isCloseTo(250.0 / 3, within(TOL));
    assertThat(c1.number("b")).isCloseTo(197.5 / 3, within(TOL));
    assertThat(c1.number("index")).isCloseTo((250.0 / 3 + 197.5 / 3) / 2, within(TOL));
    assertThat(c1.string("flags")).isEmpty();
    assertThat(c1.string("unit_name")).isEqualTo("甲社区");
    assertThat(c1.number("population")).isEqualTo(1000.0);
    // C2: volunteer 100, staff missing, 否 → 0: a = 50; no project → count 0, no project score;
    // S left out (25 < 30 responses): b = 0; index 25
    Table.Row c2 = find(index, "2026", "community", "C2");
    assertThat(c2.number("a")).isCloseTo(50.0, within(TOL));
    assertThat(c2.number("b")).isCloseTo(0.0, within(TOL));
    assertThat(c2.number("index")).isCloseTo(25.0, within(TOL));
    assertThat(c2.string("flags")).isEqualTo("insufficient_sample");
    // C3: volunteer 0.02 → 20; staff 1 / 500 × 1000 = 2 → 100; 是 → 100: a = 220/3; P4 100:
    // count 1 → 50, score 100 → 100; no S: b = 75
    Table.Row c3 = find(index, "2026", "community", "C3");
    assertThat(c3.number("a")).isCloseTo(220.0 / 3, within(TOL));
    assertThat(c3.number("b")).isCloseTo(75.0, within(TOL));
    assertThat(c3.string("flags")).isEqualTo("no_survey");
    assertThat(List.of(c1.integer("rank"), c2.integer("rank"), c3.integer("rank")))
        .containsExactly(1, 3, 2);
    // street S1: population-weighted (1000·C1 + 3000·C2)/4000
    Table.Row s1 = find(index, "2026", "street", "S1");
    double i1 = (250.0 / 3 + 197.5 / 3) / 2;
    assertThat(s1.number("index")).isCloseTo((1000 * i1 + 3000 * 25.0) / 4000, within(TOL));
    assertThat(s1.number("population")).isEqualTo(4000.0);
    assertThat(s1.string("unit_name")).isEqualTo("甲街道");
  }

  @Test
  void earlierYearHasNoProjectsNorSurveyAndTheTrendUsesTheIndicatorsOfBothYears() {
    Table index = InnovationIndex.compute(inputs(facts()), settings()).innovationIndex();
    // 2025 C1: volunteer 0.04 → 40; staff 1/1000 × 1000 = 1 → 50; 否 → 0: a = 30; no project data
    // that year and no survey: b missing, index = a
    Table.Row c1 = find(index, "2025", "community", "C1");
    assertThat(c1.number("a")).isCloseTo(30.0, within(TOL));
    assertThat(c1.number("b")).isNull();
    assertThat(c1.number("index")).isCloseTo(30.0, within(TOL));
    assertThat(c1.string("flags")).isEqualTo("partial_framework");
    // trend = dimension a only (b has no indicator in 2025): C1 30 → 250/3
    assertThat(c1.number("trend_index")).isCloseTo(30.0, within(TOL));
    assertThat(c1.number("development_index")).isEqualTo(100.0);
    Table.Row now = find(index, "2026", "community", "C1");
    assertThat(now.number("trend_index")).isCloseTo(250.0 / 3, within(TOL));
    assertThat(now.number("development_index")).isCloseTo(250.0 / 3 / 30 * 100, within(TOL));
    assertThat(now.number("change")).isCloseTo(250.0 / 3 - 30, within(TOL));
    // no uncertainty design: the interval is the point change, no verdict
    assertThat(now.number("change_p05")).isCloseTo(250.0 / 3 - 30, within(TOL));
    assertThat(now.bool("change_significant")).isNull();
    // C3 has no volunteer value in 2025: 2025 a = (100 + 100)/2 from staff 1/500 and 是
    assertThat(find(index, "2025", "community", "C3").number("trend_index"))
        .isCloseTo(100.0, within(TOL));
  }

  @Test
  void tablesHaveTheContractLayoutsAndAFixedRowOrder() {
    InnovationTables tables = InnovationIndex.compute(inputs(facts()), settings());
    Map<String, String> dimensions = new LinkedHashMap<>();
    dimensions.put("a", "维度甲");
    dimensions.put("b", "维度乙");
    assertThat(tables.innovationIndex().spec()).isEqualTo(Results.innovationIndex(dimensions));
    assertThat(tables.innovationIndex().spec().names())
        .containsSubsequence("unit_name", "a", "b", "index");
    assertThat(tables.coherence().spec()).isEqualTo(Results.INNOVATION_COHERENCE);
    assertThat(tables.awards().spec()).isEqualTo(Results.AWARDS);
    assertThat(tables.awardsByUnit().spec()).isEqualTo(Results.AWARDS_BY_UNIT);
    assertThat(keys(tables.innovationIndex()))
        .containsExactly(
            "2025 community C1",
            "2025 community C2",
            "2025 community C3",
            "2025 street S1",
            "2025 street S2",
            "2025 district D1",
            "2026 community C1",
            "2026 community C2",
            "2026 community C3",
            "2026 street S1",
            "2026 street S2",
            "2026 district D1");
    assertThat(keys(tables.awardsByUnit()))
        .containsExactly(
            "2026 community C1",
            "2026 community C2",
            "2026 community C3",
            "2026 street S1",
            "2026 street S2",
            "2026 district D1");
    assertThat(tables.awards().rows().stream().map(r -> r.string("project_code")))
        .containsExactly("P1", "P2", "P3", "P4");
    InnovationTables again = InnovationIndex.compute(inputs(facts()), settings());
    assertThat(cells(again.innovationIndex())).isEqualTo(cells(tables.innovationIndex()));
    assertThat(cells(again.coherence())).isEqualTo(cells(tables.coherence()));
    assertThat(cells(again.awardsByUnit())).isEqualTo(cells(tables.awardsByUnit()));
  }

  @Test
  void awardsOfThePeriod() {
    InnovationTables tables = InnovationIndex.compute(inputs(facts()), settings());
    // P1 85 → 良好 50000; P2 65 → 合格 0; P3 95 → 优秀 100000 (community not registered); P4 100
    // → 优秀 100000
    Table.Row p1 = tables.awards().row(0);
    assertThat(p1.number("project_score")).isCloseTo(85.0, within(TOL));
    assertThat(p1.string("grade")).isEqualTo("良好");
    assertThat(p1.bool("eligible")).isTrue();
    assertThat(p1.number("award_amount")).isEqualTo(50000.0);
    assertThat(p1.string("project_name")).isEqualTo("项目P1");
    assertThat(tables.awards().row(2).string("unit_code")).isEqualTo("X9");
    // S1 = C1: 2 projects, 1 eligible; D1 = C1 + C3 (P3's community is not registered)
    Table.Row s1 = find(tables.awardsByUnit(), "2026", "street", "S1");
    assertThat(s1.longValue("n_projects")).isEqualTo(2L);
    assertThat(s1.number("award_total")).isEqualTo(50000.0);
    Table.Row d1 = find(tables.awardsByUnit(), "2026", "district", "D1");
    assertThat(d1.longValue("n_excellent")).isEqualTo(1L);
    assertThat(d1.number("award_total")).isEqualTo(150000.0);
  }

  @Test
  void serviceFundAndStaffAreReadFromTheirOwnColumns() {
    // the Spark implementation read 专职社区工作者人数 as service_fund and 为民服务专项资金 as the staff count
    String meta =
        """
        iCode,iName,Level,Parent,Type,Direction,Weight,GoalLow,GoalHigh
        service_fund,资金,1,a,Indicator,1,1,0,20
        staff_per_1000_households,社工,1,b,Indicator,1,1,0,2
        a,维度甲,2,idx,Aggregate,1,1,,
        b,维度乙,2,idx,Aggregate,1,1,,
        idx,指数,3,,Aggregate,1,1,,
        """;
    InnovationSettings s =
        new InnovationSettings(
            "2026",
            null,
            InnovationFixture.framework(meta, RECIPE),
            AwardSettings.DEFAULT,
            GradeThresholds.DEFAULT,
            30);
    Table.Builder t = Table.builder(Datasets.COMMUNITY_FACTS);
    t.row()
        .set("source_file", "facts.csv")
        .set("row_number", 1L)
        .set("community_code", "C1")
        .set("year", 2026)
        .set("staff", 1.5)
        .set("service_fund", 5.0)
        .add();
    Table.Row c1 =
        find(
            InnovationIndex.compute(inputs(t.build()), s).innovationIndex(),
            "2026",
            "community",
            "C1");
    // 为民服务专项资金 5 万元 of 0-20 → 25; 1.5 staff / 1000 households × 1000 = 1.5 of 0-2 → 75
    assertThat(c1.number("a")).isCloseTo(25.0, within(TOL));
    assertThat(c1.number("b")).isCloseTo(75.0, within(TOL));
  }

  @Test
  void aSecondFactRowOfACommunityAndYearIsRefusedNamingFileAndRow() {
    Table.Builder t = Table.builder(Datasets.COMMUNITY_FACTS);
    fact(t, "C1", 2026, 1.0, true);
    fact(t, "C1", 2026, 2.0, true);
    assertThatThrownBy(() -> InnovationIndex.compute(inputs(t.build()), settings()))
        .isInstanceOf(InnovationInputException.class)
        .hasMessage(
            "community_facts: facts.csv row 2: a second row for community C1 and year 2026");
  }

  @Test
  void everyScoredYearNeedsItsObjectiveValues() {
    InnovationInputs in = inputs(facts());
    InnovationInputs without2025 =
        new InnovationInputs(
            REGISTRY,
            Map.of(2026, in.objective().get(2026)),
            in.communityFacts(),
            in.projects(),
            in.survey());
    assertThatThrownBy(() -> InnovationIndex.compute(without2025, settings()))
        .isInstanceOf(InnovationInputException.class)
        .hasMessageContaining("no objective raw values for 2025")
        .hasMessageContaining("[2025, 2026]");
  }

  @Test
  void inputsOfTheWrongDatasetAreRefused() {
    assertThatThrownBy(
            () -> new InnovationInputs(REGISTRY, Map.of(), projects(), projects(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("community_facts");
  }

  private static List<String> keys(Table t) {
    return t.rows().stream()
        .map(r -> r.string("period") + " " + r.string("level") + " " + r.string("unit_code"))
        .toList();
  }

  private static List<List<Object>> cells(Table t) {
    List<List<Object>> out = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      List<Object> row = new ArrayList<>();
      for (int c = 0; c < t.spec().columns().size(); c++) {
        row.add(t.value(r, c));
      }
      out.add(row);
    }
    return out;
  }
}
