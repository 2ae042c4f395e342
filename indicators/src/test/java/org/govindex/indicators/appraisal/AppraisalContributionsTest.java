package org.govindex.indicators.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.junit.jupiter.api.Test;

/** Contributions add up to the total, by hand. */
class AppraisalContributionsTest {

  @Test
  void partsSumToTheTotalAndIndicatorsToTheObjectivePart() {
    // A: S = 80, O = (1·60 + 3·40)/4 = 45 with weights 1 and 3; w = 0.7 -> T = 56 + 13.5 = 69.5
    // B: S = 60, O = 80 (only x; y has no value)
    Table.Builder appraisal = Table.builder(Results.APPRAISAL);
    unit(appraisal, "A", 80.0, 45.0, 0.7);
    unit(appraisal, "B", 60.0, 80.0, 0.7);
    List<ObjectiveScore> shares =
        List.of(
            new ObjectiveScore(
                UnitLevel.COMMUNITY,
                "A",
                45.0,
                2,
                2,
                List.of(),
                List.of(
                    new ObjectiveScore.Share("x", 0, 60.0, 0.25),
                    new ObjectiveScore.Share("y", 1, 40.0, 0.75))),
            new ObjectiveScore(
                UnitLevel.COMMUNITY,
                "B",
                80.0,
                1,
                2,
                List.of("missing_indicator:y"),
                List.of(
                    new ObjectiveScore.Share("x", 0, 80.0, 1.0),
                    new ObjectiveScore.Share("y", 1, null, 0.0))));

    Table table =
        AppraisalContributions.compute(
            appraisal.build(), shares, Map.of("x", "指标x", "y", "指标y"), "2026");
    Map<String, Table.Row> rows = new HashMap<>();
    for (Table.Row r : table.rows()) {
      rows.put(r.string("unit_code") + "/" + r.string("component"), r);
    }

    assertThat(table.spec()).isEqualTo(Results.APPRAISAL_CONTRIBUTIONS);
    // by level, unit_code, then S, O and the indicators in catalogue order
    assertThat(table.rows().stream().map(r -> r.string("unit_code") + "/" + r.string("component")))
        .containsExactly(
            "A/subjective",
            "A/objective",
            "A/x",
            "A/y",
            "B/subjective",
            "B/objective",
            "B/x",
            "B/y");
    assertThat(rows.get("A/subjective").number("contribution")).isCloseTo(56.0, within(1e-9));
    assertThat(rows.get("A/objective").number("contribution")).isCloseTo(13.5, within(1e-9));
    assertThat(rows.get("A/objective").number("weight")).isCloseTo(0.3, within(1e-12));
    // x: 0.3·0.25 = 0.075 of T, 0.075·60 = 4.5; y: 0.225·40 = 9; 4.5 + 9 = 13.5 = (1 − w)·O
    assertThat(rows.get("A/x").number("weight")).isCloseTo(0.075, within(1e-12));
    assertThat(rows.get("A/x").number("contribution")).isCloseTo(4.5, within(1e-9));
    assertThat(rows.get("A/y").number("contribution")).isCloseTo(9.0, within(1e-9));
    assertThat(rows.get("A/y").string("component_name")).isEqualTo("指标y");
    assertThat(rows.get("A/subjective").string("component_name")).isEqualTo("群众主观评价 S");
    assertThat(rows.get("A/objective").string("component_name")).isEqualTo("客观指标 O");
    assertThat(rows.get("A/subjective").string("component_type")).isEqualTo("part");
    assertThat(rows.get("A/x").string("component_type")).isEqualTo("indicator");
    // level means: S (80 + 60)/2 = 70; x (60 + 80)/2 = 70; y only A: 40
    assertThat(rows.get("B/subjective").number("level_mean")).isCloseTo(70.0, within(1e-9));
    assertThat(rows.get("B/x").number("level_mean")).isCloseTo(70.0, within(1e-9));
    assertThat(rows.get("B/y").number("level_mean")).isCloseTo(40.0, within(1e-9));
    assertThat(rows.get("B/y").number("contribution")).isNull();
    assertThat(rows.get("B/y").number("score")).isNull();
    assertThat(rows).hasSize(8);
    assertThat(table.rows()).allSatisfy(r -> assertThat(r.string("period")).isEqualTo("2026"));
  }

  private static void unit(Table.Builder t, String code, double s, double o, double w) {
    t.row()
        .set("period", "2026")
        .set("level", "community")
        .set("unit_code", code)
        .set("subjective_score", s)
        .set("objective_score", o)
        .set("total_score", w * s + (1 - w) * o)
        .set("subjective_weight", w)
        .set("n_valid", 40L)
        .set("flags", "")
        .add();
  }
}
