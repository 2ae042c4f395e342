package org.govindex.jobs.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Flag;
import org.govindex.contract.Grade;
import org.govindex.contract.Table;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.quality.SurveyQualitySettings;
import org.govindex.indicators.registry.Registry;
import org.govindex.indicators.subjective.SubjectiveSettings;
import org.govindex.indicators.subjective.UnitSubjective;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.reduce.SurveyReduction;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conformance with the worked appraisal example of the shared reference data
 * (reference/appraisal-example: a drop and the results of an independent implementation): the drop
 * is ingested, reduced by {@link SurveyReduction} and scored in plain Java with the default
 * settings for period 2026, and every community, street and item number of {@code expected.json} is
 * reproduced within 1e-6 (rates within 1e-9). Skipped when the shared folder is absent.
 */
class ReferenceDropConformanceTest {

  private static final double SCORE_TOLERANCE = 1e-6;
  private static final double RATE_TOLERANCE = 1e-9;

  private static JsonNode expected;
  private static Questionnaire questionnaire;
  private static Registry registry;
  private static DropResults.Survey survey;
  private static Map<String, UnitSubjective> units;
  private static Map<String, Table.Row> items;
  private static Map<String, Table.Row> appraisal;

  @BeforeAll
  static void ingestAndCompute() {
    Drops.Ingested drop = Drops.reference();
    expected = Drops.expected();
    questionnaire = Drops.exampleQuestionnaire();
    SparkSession spark = SparkTestSession.get();
    IngestedDatasets ingested = drop.datasets();
    registry = ingested.registry();
    survey =
        DropResults.survey(
            spark,
            ingested,
            questionnaire,
            SubjectiveSettings.defaults("2026"),
            SurveyQualitySettings.defaults("2026"));
    units = survey.units();
    items = byKey(survey.subjective().satisfactionItems(), "level", "unit_code", "item_code");
    AppraisalConfiguration configuration = AppraisalConfiguration.bundledDefaults();
    appraisal =
        byKey(
            DropResults.appraisal(
                registry,
                survey.subjective().units(),
                survey,
                DropResults.objective(spark, ingested, configuration.catalogue(), "2026").scores(),
                configuration.policy(),
                "2026"),
            "level",
            "unit_code");
  }

  @Test
  void communitiesMatch() {
    JsonNode communities = expected.get("community");
    assertThat(survey.subjective().communities()).hasSize(communities.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = communities.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      UnitSubjective unit = units.get("community|" + entry.getKey());
      JsonNode want = entry.getValue();
      assertThat(unit).as(entry.getKey()).isNotNull();
      assertThat(unit.score())
          .as(entry.getKey() + " S")
          .isCloseTo(want.get("subjective_score").asDouble(), within(SCORE_TOLERANCE));
      assertThat(unit.nValid())
          .as(entry.getKey() + " n_valid")
          .isEqualTo(want.get("n_valid").asLong());
      assertThat(unit.satisfactionRate())
          .as(entry.getKey() + " satisfaction_rate")
          .isCloseTo(want.get("satisfaction_rate").asDouble(), within(RATE_TOLERANCE));
      boolean insufficient = unit.flags().contains(Flag.INSUFFICIENT_SAMPLE.code());
      assertThat(insufficient)
          .as(entry.getKey() + " insufficient")
          .isEqualTo(want.get("insufficient").asBoolean());
      assertThat(unit.insufficient()).as(entry.getKey()).isEqualTo(insufficient);
      Table.Row row = appraisal.get("community|" + entry.getKey());
      assertThat(row.number("subjective_score")).isEqualTo(unit.score());
      assertThat(Grade.INSUFFICIENT_SAMPLE.label().equals(row.string("grade")))
          .as(entry.getKey() + " grade " + row.string("grade"))
          .isEqualTo(insufficient);
    }
  }

  @Test
  void streetsMatch() {
    JsonNode streets = expected.get("street");
    assertThat(survey.subjective().streets()).hasSize(streets.size());
    Map<String, Registry.District> districts = registry.districtsByCode();
    for (Iterator<Map.Entry<String, JsonNode>> it = streets.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      UnitSubjective unit = units.get("street|" + entry.getKey());
      assertThat(unit).as(entry.getKey()).isNotNull();
      assertThat(unit.score())
          .as(entry.getKey() + " S")
          .isCloseTo(entry.getValue().get("subjective_score").asDouble(), within(SCORE_TOLERANCE));
      assertThat(unit.nValid())
          .as(entry.getKey() + " n_valid")
          .isEqualTo(entry.getValue().get("n_valid").asLong());
      String district = registry.streetsByCode().get(entry.getKey()).districtCode();
      assertThat(districts.get(district).central())
          .as(entry.getKey() + " central")
          .isEqualTo(entry.getValue().get("central").asBoolean());
    }
  }

  @Test
  void communityItemsMatch() {
    JsonNode expectedItems = expected.get("items");
    assertThat(items.keySet().stream().filter(k -> k.startsWith("community|")))
        .hasSize(expectedItems.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = expectedItems.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String[] parts = entry.getKey().split("\\|", 2);
      String itemCode = questionnaire.itemFor(parts[1]).orElseThrow().code();
      Table.Row row = items.get("community|" + parts[0] + "|" + itemCode);
      JsonNode want = entry.getValue();
      assertThat(row).as(entry.getKey()).isNotNull();
      assertThat(row.number("score"))
          .as(entry.getKey() + " score")
          .isCloseTo(want.get("score").asDouble(), within(SCORE_TOLERANCE));
      assertThat(row.longValue("n_scored"))
          .as(entry.getKey() + " n_scored")
          .isEqualTo(want.get("n_scored").asLong());
      assertThat(row.longValue("n_dont_know"))
          .as(entry.getKey() + " n_dont_know")
          .isEqualTo(want.get("n_dont_know").asLong());
    }
  }

  /**
   * The example's {@code rejects} count the rejected resident rows by reason: the speeders and
   * duplicates are counted in the communities' survey quality, and n_responses is n_valid plus the
   * rejected rows that count as responses (speeder, duplicate, no_scored_answer, bad_value), not
   * the rows without a unit (unknown_unit).
   */
  @Test
  void surveyQualityCountsTheExampleRejects() {
    JsonNode rejects = expected.get("rejects");
    long valid = 0;
    for (JsonNode community : expected.get("community")) {
      valid += community.get("n_valid").asLong();
    }
    long counted = valid;
    for (String reason : SurveyReduction.COUNTED_REASONS) {
      counted += rejects.path(reason).asLong(0);
    }
    assertThat(sum("community", "n_valid")).isEqualTo(valid);
    assertThat(sum("community", "n_speeders")).isEqualTo(rejects.get("speeder").asLong());
    assertThat(sum("community", "n_duplicate_phones")).isEqualTo(rejects.get("duplicate").asLong());
    assertThat(sum("community", "n_responses")).isEqualTo(counted);
    for (String column : List.of("n_responses", "n_valid", "n_speeders", "n_duplicate_phones")) {
      assertThat(sum("street", column)).as(column).isEqualTo(sum("community", column));
    }
  }

  private static long sum(String level, String column) {
    return survey.quality().rows().stream()
        .filter(r -> r.string("level").equals(level))
        .mapToLong(r -> r.longValue(column))
        .sum();
  }

  private static Map<String, Table.Row> byKey(Table table, String... keyColumns) {
    Map<String, Table.Row> out = new HashMap<>();
    for (Table.Row row : table.rows()) {
      StringBuilder key = new StringBuilder();
      for (String column : keyColumns) {
        key.append(key.length() == 0 ? "" : "|").append(row.string(column));
      }
      assertThat(out.put(key.toString(), row)).as("one row per " + key).isNull();
    }
    return out;
  }
}
