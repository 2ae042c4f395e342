package org.govindex.jobs.compute.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.jobs.compute.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * O = Σ w·s / Σ w over present indicators, hand-worked on {@link ObjectiveFixture} with a small
 * catalogue of unequal weights, and the 中心城区 economic rule as a metamorphic relation.
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

  private static SparkSession spark;
  private static Map<String, Row> scores;
  private static Map<String, Row> values;

  @BeforeAll
  static void compute() {
    spark = SparkTestSession.get();
    ObjectiveTables tables =
        ObjectiveScoring.compute(
            spark,
            ObjectiveFixture.inputs(spark),
            AppraisalCatalogue.parse(CATALOGUE, "test-catalogue.csv"),
            "2026");
    scores = new HashMap<>();
    for (Row row : tables.objectiveScores().collectAsList()) {
      scores.put(row.getAs("level") + "|" + row.getAs("unit_code"), row);
    }
    values = new HashMap<>();
    for (Row row : tables.indicatorValues().collectAsList()) {
      values.put(
          row.getAs("level") + "|" + row.getAs("unit_code") + "|" + row.getAs("indicator_code"),
          row);
    }
  }

  private static double objective(String unit) {
    return scores.get(unit).getAs("objective_score");
  }

  @Test
  void allIndicatorsPresent() {
    // C11: volunteer 0.05 -> 50 (w 1); office 0.2 -> 100 (w 3); centre 20 -> 100 (w 1);
    // return 0.25 -> clamped 0 but weight 0. O = (50 + 300 + 100) / 5 = 90
    assertThat(objective("community|C11")).isCloseTo(90.0, within(1e-12));
    assertThat((double) values.get("community|C11|hotline_return_rate").getAs("normalized_score"))
        .isEqualTo(0.0);
    assertThat((int) scores.get("community|C11").getAs("n_indicators")).isEqualTo(3);
    assertThat((String) scores.get("community|C11").getAs("flags")).isEmpty();
  }

  @Test
  void missingIndicatorIsFlaggedAndTheOtherWeightsRenormalised() {
    // C12: volunteer 0.15 -> 100 (w 1); office 0.3 -> 66.67 (w 3); centre unknown.
    // O = (100 + 3 * 200/3) / (1 + 3) = 75
    assertThat(objective("community|C12")).isCloseTo(75.0, within(1e-12));
    assertThat((int) scores.get("community|C12").getAs("n_indicators")).isEqualTo(2);
    assertThat((String) scores.get("community|C12").getAs("flags"))
        .isEqualTo("missing_indicator:service_area_per_100_households");
    // C21: no facts at all -> nothing weighted is present
    assertThat(scores.get("community|C21").isNullAt(2)).isTrue();
    assertThat((String) scores.get("community|C21").getAs("flags"))
        .startsWith("no_objective_indicator;missing_indicator:office_area_share");
  }

  @Test
  void centralStreetIgnoresItsEconomicIndicator() {
    // S1 (中心城区): response 0.8 -> 60 (w 1); volunteer 0.11 -> 100 (w 1); investment excluded.
    assertThat(objective("street|S1")).isCloseTo(80.0, within(1e-12));
    assertThat((String) scores.get("street|S1").getAs("flags"))
        .isEqualTo(ObjectiveFlags.CENTRAL_STREET_ECONOMIC_EXCLUDED);
    // S2: response 1.0 -> 100 (w 1); volunteer unknown; investment 1000 元 -> 25 (w 2).
    // O = (100 + 2 * 25) / 3 = 50
    assertThat(objective("street|S2")).isCloseTo(50.0, within(1e-12));
    assertThat((String) scores.get("street|S2").getAs("flags"))
        .isEqualTo("missing_indicator:volunteer_rate");
    // P1: response 0.8 -> 60; P2 has no order
    assertThat(objective("department|P1")).isCloseTo(60.0, within(1e-12));
    assertThat(scores.get("department|P2").isNullAt(2)).isTrue();
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
    ObjectiveInputs inputs =
        ObjectiveFixture.inputs(
            spark, ObjectiveFixture.streetFacts(spark, investmentS1, investmentS2));
    Map<String, Double> out = new HashMap<>();
    for (Row row :
        ObjectiveScoring.compute(spark, inputs, catalogue, "2026")
            .objectiveScores()
            .where("level = 'street'")
            .collectAsList()) {
      out.put(row.getAs("unit_code"), row.getAs("objective_score"));
    }
    return out;
  }
}
