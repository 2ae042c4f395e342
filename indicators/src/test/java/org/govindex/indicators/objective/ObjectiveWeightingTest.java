package org.govindex.indicators.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.govindex.contract.Flag;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.appraisal.ObjectiveScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * O = Σ w·s / Σ w over present indicators, hand-worked on {@link ObjectiveFixture} with a small
 * catalogue of unequal weights (with each indicator's share of O), and the 中心城区 economic rule as a
 * metamorphic relation.
 */
class ObjectiveWeightingTest {

  private static final String CATALOGUE =
      "indicator_code,indicator_name,levels,direction,goal_worst,goal_best,weight_community,"
          + "weight_street,weight_department,economic,unit,goalpost_source\n"
          + "volunteer_rate,v,community;street,1,0,0.1,1,1,,false,x,policy: test\n"
          + "office_area_share,o,community,-1,0.5,0.2,3,,,false,x,policy: test\n"
          + "service_area_per_100_households,s,community,1,0,20,1,,,false,x,policy: test\n"
          + "hotline_return_rate,r,community,-1,0.2,0,0,,,false,x,empirical: test\n"
          + "hotline_response_rate,h,street;department,1,0.5,1,,1,1,false,x,empirical: test\n"
          + "investment_attracted_per_capita,i,street,1,0,4000,,2,,true,x,empirical: test\n";

  private static Map<String, ObjectiveScore> scores;
  private static Map<String, Table.Row> values;

  @BeforeAll
  static void compute() {
    ObjectiveScoring.Result result =
        ObjectiveScoring.compute(
            ObjectiveFixture.sources(),
            AppraisalCatalogue.parse(CATALOGUE, "test-catalogue.csv"),
            "2026");
    scores = new HashMap<>();
    for (ObjectiveScore score : result.scores()) {
      scores.put(score.level().code() + "|" + score.unitCode(), score);
    }
    values = new HashMap<>();
    for (Table.Row row : result.indicatorValues().rows()) {
      values.put(
          row.string("level") + "|" + row.string("unit_code") + "|" + row.string("indicator_code"),
          row);
    }
  }

  private static double objective(String unit) {
    return scores.get(unit).score();
  }

  private static String flags(String unit) {
    return String.join(";", scores.get(unit).flags());
  }

  private static double share(String unit, String indicator) {
    return scores.get(unit).indicators().stream()
        .filter(s -> s.indicatorCode().equals(indicator))
        .findFirst()
        .orElseThrow()
        .weightShare();
  }

  @Test
  void allIndicatorsPresent() {
    // C11: volunteer 0.05 -> 50 (w 1); office 0.2 -> 100 (w 3); centre 20 -> 100 (w 1);
    // return 0.25 -> clamped 0 but weight 0. O = (50 + 300 + 100) / 5 = 90
    assertThat(objective("community|C11")).isCloseTo(90.0, within(1e-12));
    assertThat(values.get("community|C11|hotline_return_rate").number("normalized_score"))
        .isEqualTo(0.0);
    assertThat(scores.get("community|C11").nIndicators()).isEqualTo(3);
    assertThat(flags("community|C11")).isEmpty();
    // shares of O: 1/5, 3/5, 1/5 and 0 for the unweighted return rate
    assertThat(share("community|C11", "volunteer_rate")).isCloseTo(0.2, within(1e-12));
    assertThat(share("community|C11", "office_area_share")).isCloseTo(0.6, within(1e-12));
    assertThat(share("community|C11", "service_area_per_100_households"))
        .isCloseTo(0.2, within(1e-12));
    assertThat(share("community|C11", "hotline_return_rate")).isZero();
  }

  @Test
  void missingIndicatorIsFlaggedAndTheOtherWeightsRenormalised() {
    // C12: volunteer 0.15 -> 100 (w 1); office 0.3 -> 66.67 (w 3); centre unknown.
    // O = (100 + 3 * 200/3) / (1 + 3) = 75
    assertThat(objective("community|C12")).isCloseTo(75.0, within(1e-12));
    assertThat(scores.get("community|C12").nIndicators()).isEqualTo(2);
    assertThat(flags("community|C12"))
        .isEqualTo("missing_indicator:service_area_per_100_households");
    // shares renormalised over the present ones: 1/4 and 3/4, 0 for the missing one
    assertThat(share("community|C12", "volunteer_rate")).isCloseTo(0.25, within(1e-12));
    assertThat(share("community|C12", "office_area_share")).isCloseTo(0.75, within(1e-12));
    assertThat(share("community|C12", "service_area_per_100_households")).isZero();
    // C21: no facts at all -> nothing weighted is present
    assertThat(scores.get("community|C21").score()).isNull();
    assertThat(flags("community|C21"))
        .startsWith("no_objective_indicator;missing_indicator:office_area_share");
  }

  @Test
  void centralStreetIgnoresItsEconomicIndicator() {
    // S1 (中心城区): response 0.8 -> 60 (w 1); volunteer 0.11 -> 100 (w 1); investment excluded.
    assertThat(objective("street|S1")).isCloseTo(80.0, within(1e-12));
    assertThat(flags("street|S1")).isEqualTo(Flag.CENTRAL_STREET_ECONOMIC_EXCLUDED.code());
    assertThat(values.get("street|S1|investment_attracted_per_capita").string("flags"))
        .isEqualTo(Flag.CENTRAL_STREET_ECONOMIC_EXCLUDED.code());
    assertThat(share("street|S1", "investment_attracted_per_capita")).isZero();
    // S2: response 1.0 -> 100 (w 1); volunteer unknown; investment 1000 元 -> 25 (w 2).
    // O = (100 + 2 * 25) / 3 = 50
    assertThat(objective("street|S2")).isCloseTo(50.0, within(1e-12));
    assertThat(flags("street|S2")).isEqualTo("missing_indicator:volunteer_rate");
    // P1: response 0.8 -> 60; P2 has no order
    assertThat(objective("department|P1")).isCloseTo(60.0, within(1e-12));
    assertThat(scores.get("department|P2").score()).isNull();
  }

  @Test
  void changingACentralStreetsEconomicDataLeavesItsScoreUnchangedUnlikeAnotherStreets() {
    AppraisalCatalogue catalogue = AppraisalConfiguration.bundledDefaults().catalogue();
    Map<String, Double> before = streetScores(catalogue, 1000.0, 400.0);
    Map<String, Double> centralChanged = streetScores(catalogue, 250000.0, 400.0);
    Map<String, Double> otherChanged = streetScores(catalogue, 1000.0, 1600.0);
    // S1 is in a 中心城区 district: its O ignores its economic data
    assertThat(centralChanged.get("S1")).isEqualTo(before.get("S1"));
    assertThat(centralChanged.get("S2")).isEqualTo(before.get("S2"));
    // S2 is not: 400 -> 1600 万元 over 4000 residents = 1000 -> 4000 元 per resident, scored
    // 5 -> 20 on goalposts 0-20000. S2 has 10 indicators with a value (the 6 hotline ones but
    // the close rate, mediation, 3 economic), equally weighted: O rises by (20 - 5) / 10
    assertThat(otherChanged.get("S2") - before.get("S2")).isCloseTo(1.5, within(1e-9));
    assertThat(otherChanged.get("S1")).isEqualTo(before.get("S1"));
  }

  private static Map<String, Double> streetScores(
      AppraisalCatalogue catalogue, double investmentS1, double investmentS2) {
    ObjectiveSources sources =
        ObjectiveFixture.sources(ObjectiveFixture.streetFacts(investmentS1, investmentS2));
    Map<String, Double> out = new HashMap<>();
    ObjectiveScoring.compute(sources, catalogue, "2026")
        .scoresAt(UnitLevel.STREET)
        .forEach((code, score) -> out.put(code, score.score()));
    return out;
  }
}
