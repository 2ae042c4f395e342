package org.govindex.indicators.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Flag;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.appraisal.IndicatorDefinition;
import org.govindex.indicators.appraisal.ObjectiveScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked values on {@link ObjectiveFixture} (its orders and cases reduced to tallies by the
 * fixture); every number below is derived in comments.
 */
class ObjectiveScoringTest {

  private static final double EPS = 1e-12;
  private static final String EMPTY = Flag.EMPTY_DENOMINATOR.code();
  private static final String NO_DATA = Flag.NO_DATA.code();
  private static final String EXCLUDED = Flag.CENTRAL_STREET_ECONOMIC_EXCLUDED.code();

  private static AppraisalCatalogue defaults;
  private static ObjectiveScoring.Result result;
  private static Map<String, Table.Row> values;
  private static Map<String, ObjectiveScore> scores;

  record Expected(Double raw, Double denominator, String flags) {}

  @BeforeAll
  static void compute() {
    defaults = AppraisalConfiguration.bundledDefaults().catalogue();
    result = ObjectiveScoring.compute(ObjectiveFixture.sources(), defaults, "2026");
    values = new HashMap<>();
    for (Table.Row row : result.indicatorValues().rows()) {
      String key = key(row);
      assertThat(values.put(key, row)).as("duplicate row " + key).isNull();
    }
    scores = new HashMap<>();
    for (ObjectiveScore score : result.scores()) {
      String key = score.level().code() + "|" + score.unitCode();
      assertThat(scores.put(key, score)).as("duplicate score " + key).isNull();
    }
  }

  private static String key(Table.Row row) {
    return row.string("level") + "|" + row.string("unit_code") + "|" + row.string("indicator_code");
  }

  private static Map<String, Expected> expectedRawValues() {
    Map<String, Expected> e = new HashMap<>();
    // C11: E = {O1, O2, O3, O7}; population 2000
    put(e, "community|C11", "hotline_orders_per_1000", 4.0 / 2000 * 1000, 2000.0, "");
    put(e, "community|C11", "hotline_response_rate", 2.0 / 3, 3.0, ""); // O1,O7 of O1,O2,O7
    put(e, "community|C11", "hotline_ontime_close_rate", 1.0 / 3, 3.0, ""); // O1 of O1,O2,O7
    put(e, "community|C11", "hotline_resolution_rate", 2.0 / 4, 4.0, ""); // O1,O7 / +O2,O3
    put(e, "community|C11", "hotline_satisfaction_rate", 2.0 / 3, 3.0, ""); // O1,O7 / +O2
    put(e, "community|C11", "hotline_return_rate", 1.0 / 4, 4.0, ""); // O2
    put(e, "community|C11", "hotline_reopen_rate", 1.0 / 4, 4.0, ""); // O3
    put(e, "community|C11", "mediation_success_rate", 2.0 / 4, 4.0, ""); // M1,M4 of M1-M4
    put(e, "community|C11", "volunteer_rate", 100.0 / 2000, 2000.0, "");
    put(e, "community|C11", "office_area_share", 100.0 / 500, 500.0, "");
    put(e, "community|C11", "service_area_per_100_households", 160.0 / 800 * 100, 800.0, "");
    put(e, "community|C11", "certified_social_worker_share", 3.0 / 4, 4.0, "");
    put(e, "community|C11", "social_orgs_per_1000", 6.0 / 2000 * 1000, 2000.0, "");
    // C12: E = {O11, O12}; population 3000
    put(e, "community|C12", "hotline_orders_per_1000", 2.0 / 3000 * 1000, 3000.0, "");
    put(e, "community|C12", "hotline_response_rate", 1.0, 1.0, ""); // signed at the deadline
    put(e, "community|C12", "hotline_ontime_close_rate", 1.0, 1.0, ""); // closed at the deadline
    put(e, "community|C12", "hotline_resolution_rate", 1.0, 1.0, "");
    put(e, "community|C12", "hotline_satisfaction_rate", 0.0, 1.0, ""); // O11 不满意
    put(e, "community|C12", "hotline_return_rate", 0.0, 2.0, "");
    put(e, "community|C12", "hotline_reopen_rate", 0.0, 2.0, "");
    put(e, "community|C12", "mediation_success_rate", null, 0.0, EMPTY);
    put(e, "community|C12", "volunteer_rate", 450.0 / 3000, 3000.0, "");
    put(e, "community|C12", "office_area_share", 120.0 / 400, 400.0, "");
    put(e, "community|C12", "service_area_per_100_households", null, null, NO_DATA);
    put(e, "community|C12", "certified_social_worker_share", null, 0.0, EMPTY); // staff 0
    put(e, "community|C12", "social_orgs_per_1000", 3.0 / 3000 * 1000, 3000.0, "");
    // C21: E = {O9}; population 4000; facts only of 2025
    put(e, "community|C21", "hotline_orders_per_1000", 1.0 / 4000 * 1000, 4000.0, "");
    put(e, "community|C21", "hotline_response_rate", 1.0, 1.0, "");
    put(e, "community|C21", "hotline_ontime_close_rate", null, 0.0, EMPTY); // none 已办结
    put(e, "community|C21", "hotline_resolution_rate", 0.0, 1.0, "");
    put(e, "community|C21", "hotline_satisfaction_rate", 1.0, 1.0, "");
    put(e, "community|C21", "hotline_return_rate", 1.0, 1.0, "");
    put(e, "community|C21", "hotline_reopen_rate", 1.0, 1.0, "");
    put(e, "community|C21", "mediation_success_rate", null, 0.0, EMPTY);
    for (String code : FACTS) {
      put(e, "community|C21", code, null, null, NO_DATA);
    }
    // S1 (中心城区): E = {O1, O2, O3, O7, O8, O11, O12}; population 2000 + 3000
    put(e, "street|S1", "hotline_orders_per_1000", 7.0 / 5000 * 1000, 5000.0, "");
    put(e, "street|S1", "hotline_response_rate", 4.0 / 5, 5.0, ""); // O1,O7,O8,O11 / +O2
    put(e, "street|S1", "hotline_ontime_close_rate", 3.0 / 5, 5.0, ""); // O1,O8,O11 / +O2,O7
    put(e, "street|S1", "hotline_resolution_rate", 4.0 / 6, 6.0, ""); // O1,O7,O8,O11 / +O2,O3
    put(e, "street|S1", "hotline_satisfaction_rate", 3.0 / 5, 5.0, ""); // O1,O7,O8 / +O2,O11
    put(e, "street|S1", "hotline_return_rate", 1.0 / 7, 7.0, "");
    put(e, "street|S1", "hotline_reopen_rate", 1.0 / 7, 7.0, "");
    put(e, "street|S1", "mediation_success_rate", 3.0 / 5, 5.0, ""); // M1,M4,M6 of M1-4,M6
    put(e, "street|S1", "volunteer_rate", 550.0 / 5000, 5000.0, "");
    put(e, "street|S1", "office_area_share", 220.0 / 900, 900.0, "");
    put(e, "street|S1", "service_area_per_100_households", 20.0, 800.0, "partial_coverage:1/2");
    put(e, "street|S1", "certified_social_worker_share", 3.0 / 4, 4.0, "");
    put(e, "street|S1", "social_orgs_per_1000", 9.0 / 5000 * 1000, 5000.0, "");
    put(e, "street|S1", "investment_attracted_per_capita", 2000.0, 5000.0, EXCLUDED);
    put(e, "street|S1", "fixed_asset_investment_per_capita", 6000.0, 5000.0, EXCLUDED);
    put(e, "street|S1", "retail_sales_per_capita", 10000.0, 5000.0, EXCLUDED);
    put(e, "street|S1", "fiscal_revenue_per_capita", 1000.0, 5000.0, EXCLUDED);
    // S2: E = {O9}; population 4000; mediation only as a summary 9 / 10
    put(e, "street|S2", "hotline_orders_per_1000", 0.25, 4000.0, "");
    put(e, "street|S2", "hotline_response_rate", 1.0, 1.0, "");
    put(e, "street|S2", "hotline_ontime_close_rate", null, 0.0, EMPTY);
    put(e, "street|S2", "hotline_resolution_rate", 0.0, 1.0, "");
    put(e, "street|S2", "hotline_satisfaction_rate", 1.0, 1.0, "");
    put(e, "street|S2", "hotline_return_rate", 1.0, 1.0, "");
    put(e, "street|S2", "hotline_reopen_rate", 1.0, 1.0, "");
    put(e, "street|S2", "mediation_success_rate", 0.9, 10.0, "mediation_from_summary");
    for (String code : FACTS) {
      put(e, "street|S2", code, null, null, NO_DATA);
    }
    put(e, "street|S2", "investment_attracted_per_capita", 400.0 * 10000 / 4000, 4000.0, "");
    put(e, "street|S2", "fixed_asset_investment_per_capita", 800.0 * 10000 / 4000, 4000.0, "");
    put(e, "street|S2", "retail_sales_per_capita", 2000.0 * 10000 / 4000, 4000.0, "");
    put(e, "street|S2", "fiscal_revenue_per_capita", null, 4000.0, NO_DATA);
    // P1: E = {O1, O2, O3, O7, O8, O9, O12} (O11 is handled by the street)
    put(e, "department|P1", "hotline_response_rate", 4.0 / 5, 5.0, ""); // O1,O7,O8,O9 / +O2
    put(e, "department|P1", "hotline_ontime_close_rate", 2.0 / 4, 4.0, ""); // O1,O8 / +O2,O7
    put(e, "department|P1", "hotline_resolution_rate", 3.0 / 6, 6.0, ""); // O1,O7,O8 / +O2,O3,O9
    put(e, "department|P1", "hotline_satisfaction_rate", 4.0 / 5, 5.0, ""); // O1,O7,O8,O9 / +O2
    put(e, "department|P1", "hotline_return_rate", 2.0 / 7, 7.0, ""); // O2,O9
    put(e, "department|P1", "hotline_reopen_rate", 2.0 / 7, 7.0, ""); // O3,O9
    for (String code : HOTLINE_RATES) {
      put(e, "department|P2", code, null, 0.0, EMPTY);
    }
    return e;
  }

  private static final List<String> FACTS =
      List.of(
          "volunteer_rate",
          "office_area_share",
          "service_area_per_100_households",
          "certified_social_worker_share",
          "social_orgs_per_1000");

  private static final List<String> HOTLINE_RATES =
      List.of(
          "hotline_response_rate",
          "hotline_ontime_close_rate",
          "hotline_resolution_rate",
          "hotline_satisfaction_rate",
          "hotline_return_rate",
          "hotline_reopen_rate");

  private static void put(
      Map<String, Expected> e, String unit, String code, Double raw, Double den, String flags) {
    e.put(unit + "|" + code, new Expected(raw, den, flags));
  }

  @Test
  void rawValuesDenominatorsAndFlagsMatchTheHandWorkedCase() {
    Map<String, Expected> expected = expectedRawValues();
    assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach(
        (key, exp) -> {
          Table.Row row = values.get(key);
          Double raw = row.number("raw_value");
          Double den = row.number("denominator");
          if (exp.raw() == null) {
            assertThat(raw).as(key + " raw").isNull();
          } else {
            assertThat(raw).as(key + " raw").isCloseTo(exp.raw(), within(EPS));
          }
          if (exp.denominator() == null) {
            assertThat(den).as(key + " denominator").isNull();
          } else {
            assertThat(den).as(key + " denominator").isCloseTo(exp.denominator(), within(EPS));
          }
          assertThat(row.string("flags")).as(key + " flags").isEqualTo(exp.flags());
          assertThat(row.string("period")).isEqualTo("2026");
        });
  }

  @Test
  void normalisedScoresFollowTheGoalpostsOfTheCatalogue() {
    // hand-worked with the bundled goalposts
    assertThat(score("community|C11|volunteer_rate")).isCloseTo(50.0, within(EPS)); // 0.05/0.10
    assertThat(score("community|C11|office_area_share")).isCloseTo(100.0, within(EPS)); // at 20%
    assertThat(score("community|C12|volunteer_rate")).isEqualTo(100.0); // 0.15 clamped
    // office 0.3, worst 0.5, best 0.2: 100 * (0.3 - 0.5) / (0.2 - 0.5) = 66.67
    assertThat(score("community|C12|office_area_share")).isCloseTo(200.0 / 3, within(1e-9));
    // 1.4 orders per 1000, worst 40, best 0: 100 * (1.4 - 40) / (0 - 40) = 96.5
    assertThat(score("street|S1|hotline_orders_per_1000")).isCloseTo(96.5, within(1e-9));
    // resolution 0 at worst 0.5: clamped to 0
    assertThat(score("street|S2|hotline_resolution_rate")).isEqualTo(0.0);
    assertThat(values.get("community|C21|hotline_ontime_close_rate").number("normalized_score"))
        .isNull();
    // and every row against a second implementation of the formula (the Spark one: 100 times the
    // fraction of the way; the engine's goalposts may differ in the last bits, never by 1e-12)
    for (Table.Row row : values.values()) {
      IndicatorDefinition def = defaults.indicator(row.string("indicator_code")).orElseThrow();
      Double raw = row.number("raw_value");
      Double score = row.number("normalized_score");
      if (raw == null) {
        assertThat(score).isNull();
      } else {
        double w = def.goalposts().worst();
        double b = def.goalposts().best();
        double expected = Math.min(100, Math.max(0, 100.0 * (raw - w) / (b - w)));
        assertThat(score).as(key(row)).isCloseTo(expected, within(1e-12));
      }
    }
  }

  private static double score(String key) {
    return values.get(key).number("normalized_score");
  }

  @Test
  void objectiveScoreIsTheRenormalisedMeanOfThePresentIndicators() {
    // bundled catalogue: equal weights, so O = mean of the present normalised scores
    for (Map.Entry<String, ObjectiveScore> unit : scores.entrySet()) {
      double sum = 0;
      int n = 0;
      for (Table.Row row : values.values()) {
        if ((row.string("level") + "|" + row.string("unit_code")).equals(unit.getKey())
            && !row.string("flags").contains(EXCLUDED)) {
          Double s = row.number("normalized_score");
          if (s != null) {
            sum += s;
            n++;
          }
        }
      }
      ObjectiveScore o = unit.getValue();
      assertThat(o.nIndicators()).as(unit.getKey()).isEqualTo(n);
      if (n == 0) {
        assertThat(o.score()).isNull();
      } else {
        assertThat(o.score()).as(unit.getKey()).isCloseTo(sum / n, within(1e-9));
      }
    }
    assertThat(String.join(";", scores.get("community|C12").flags()))
        .isEqualTo(
            "missing_indicator:certified_social_worker_share;"
                + "missing_indicator:mediation_success_rate;"
                + "missing_indicator:service_area_per_100_households");
    assertThat(String.join(";", scores.get("street|S1").flags())).isEqualTo(EXCLUDED);
    assertThat(String.join(";", scores.get("department|P2").flags()))
        .startsWith(Flag.NO_OBJECTIVE_INDICATOR.code() + ";missing_indicator:");
    assertThat(scores.get("street|S1").nIndicators()).isEqualTo(13);
    assertThat(scores).hasSize(3 + 2 + 2);
  }

  @Test
  void tablesFollowTheContractAndItsRowOrder() {
    assertThat(result.indicatorValues().spec()).isEqualTo(Results.INDICATOR_VALUES);
    // levels community, department, street; then unit_code; then catalogue order
    List<String> expected = new ArrayList<>();
    for (UnitLevel level : List.of(UnitLevel.COMMUNITY, UnitLevel.DEPARTMENT, UnitLevel.STREET)) {
      List<String> units =
          switch (level) {
            case COMMUNITY -> List.of("C11", "C12", "C21");
            case DEPARTMENT -> List.of("P1", "P2");
            default -> List.of("S1", "S2");
          };
      for (String unit : units) {
        for (IndicatorDefinition d : defaults.indicatorsAt(level)) {
          expected.add(level.code() + "|" + unit + "|" + d.code());
        }
      }
    }
    assertThat(result.indicatorValues().rows().stream().map(ObjectiveScoringTest::key))
        .containsExactlyElementsOf(expected);
    assertThat(result.scores().stream().map(o -> o.level().code() + "|" + o.unitCode()))
        .containsExactly(
            "community|C11",
            "community|C12",
            "community|C21",
            "department|P1",
            "department|P2",
            "street|S1",
            "street|S2");
    // every indicator's share of O, in catalogue order: the shares of a unit with a score sum to 1
    for (ObjectiveScore o : result.scores()) {
      assertThat(o.indicators().stream().map(ObjectiveScore.Share::indicatorCode))
          .containsExactlyElementsOf(
              defaults.indicatorsAt(o.level()).stream().map(IndicatorDefinition::code).toList());
      double shares = o.indicators().stream().mapToDouble(ObjectiveScore.Share::weightShare).sum();
      assertThat(shares).as(o.unitCode()).isCloseTo(o.score() == null ? 0.0 : 1.0, within(1e-12));
    }
  }

  @Test
  void catalogueIndicatorWithoutComputationAtALevelIsRefused() {
    String csv =
        "indicator_code,indicator_name,levels,direction,goal_worst,goal_best,weight_community,"
            + "weight_street,weight_department,economic,unit,goalpost_source\n"
            + "hotline_orders_per_1000,x,department,-1,40,0,,,1,false,x,empirical\n";
    AppraisalCatalogue catalogue = AppraisalCatalogue.parse(csv, "test.csv");
    assertThatThrownBy(
            () -> ObjectiveScoring.compute(ObjectiveFixture.sources(), catalogue, "2026"))
        .isInstanceOf(ObjectiveInputException.class)
        .hasMessageContaining("'hotline_orders_per_1000' at level department has no computation");
    assertThatThrownBy(() -> ObjectiveScoring.compute(ObjectiveFixture.sources(), defaults, "26"))
        .isInstanceOf(ObjectiveInputException.class)
        .hasMessageContaining("period must be a calendar year");
  }
}
