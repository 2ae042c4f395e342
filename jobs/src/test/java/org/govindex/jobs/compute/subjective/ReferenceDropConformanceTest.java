package org.govindex.jobs.compute.subjective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.indicators.survey.ItemLevel;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;
import org.govindex.jobs.compute.SparkTestSession;
import org.govindex.jobs.ingest.DropIngestion;
import org.govindex.jobs.ingest.IngestionSettings;
import org.govindex.jobs.ingest.Pseudonymizer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance with the worked appraisal example of the shared reference data
 * (reference/appraisal-example: a drop and the results of an independent implementation): the drop
 * is ingested, the subjective tables computed with the default settings for period 2026, and every
 * community, street and item number of {@code expected.json} is reproduced within 1e-6 (rates
 * within 1e-9). Skipped when the shared folder is absent.
 */
class ReferenceDropConformanceTest {

  private static final double SCORE_TOLERANCE = 1e-6;
  private static final double RATE_TOLERANCE = 1e-9;

  @TempDir static Path work;

  private static Questionnaire questionnaire;
  private static JsonNode expected;
  private static Map<String, Row> appraisal;
  private static Map<String, Row> items;

  @BeforeAll
  static void ingestAndCompute() throws IOException {
    Path example =
        Path.of(System.getProperty("user.dir"))
            .getParent()
            .resolveSibling("shared")
            .resolve("reference")
            .resolve("appraisal-example");
    Assumptions.assumeTrue(
        Files.isRegularFile(example.resolve("expected.json")), "no shared appraisal example");
    expected = new ObjectMapper().readTree(example.resolve("expected.json").toFile());
    // The example's questionnaire (its README): questions 2-4 community items of equal weight,
    // question 5 a street item.
    questionnaire =
        new Questionnaire(
            List.of(
                item("community_safety", ItemLevel.COMMUNITY, "您对社区治安状况的满意程度"),
                item("community_environment", ItemLevel.COMMUNITY, "您对社区环境卫生的满意程度"),
                item("community_service", ItemLevel.COMMUNITY, "您对社区服务的满意程度"),
                item("street_overall", ItemLevel.STREET, "您对所在街道工作的总体满意程度")),
            AnswerScale.defaultScale());
    SparkSession spark = SparkTestSession.get();
    Path ingested = work.resolve("ingested");
    new DropIngestion(
            spark, new IngestionSettings(questionnaire, new Pseudonymizer("conformance-test-key")))
        .ingest(example.resolve("drop"), ingested);
    SubjectiveTables tables =
        SubjectiveScoring.compute(
            spark,
            IngestedData.readParquet(spark, ingested),
            questionnaire,
            SubjectiveSettings.defaults("2026"));
    appraisal = byKey(tables.appraisal(), "level", "unit_code");
    items = byKey(tables.satisfactionItems(), "level", "unit_code", "item_code");
  }

  @Test
  void communitiesMatch() {
    JsonNode communities = expected.get("community");
    assertThat(appraisal.keySet().stream().filter(k -> k.startsWith("community|")))
        .hasSize(communities.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = communities.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Row row = appraisal.get("community|" + entry.getKey());
      JsonNode want = entry.getValue();
      assertThat(row).as(entry.getKey()).isNotNull();
      assertThat(row.<Double>getAs("subjective_score"))
          .as(entry.getKey() + " S")
          .isCloseTo(want.get("subjective_score").asDouble(), within(SCORE_TOLERANCE));
      assertThat(row.<Long>getAs("n_valid"))
          .as(entry.getKey() + " n_valid")
          .isEqualTo(want.get("n_valid").asLong());
      assertThat(row.<Double>getAs("satisfaction_rate"))
          .as(entry.getKey() + " satisfaction_rate")
          .isCloseTo(want.get("satisfaction_rate").asDouble(), within(RATE_TOLERANCE));
      boolean insufficient =
          List.of(row.<String>getAs("flags").split(";")).contains("insufficient_sample");
      assertThat(insufficient)
          .as(entry.getKey() + " insufficient")
          .isEqualTo(want.get("insufficient").asBoolean());
      assertThat(row.<String>getAs("grade").equals("样本不足")).isEqualTo(insufficient);
    }
  }

  @Test
  void streetsMatch() {
    JsonNode streets = expected.get("street");
    assertThat(appraisal.keySet().stream().filter(k -> k.startsWith("street|")))
        .hasSize(streets.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = streets.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Row row = appraisal.get("street|" + entry.getKey());
      assertThat(row).as(entry.getKey()).isNotNull();
      assertThat(row.<Double>getAs("subjective_score"))
          .as(entry.getKey() + " S")
          .isCloseTo(entry.getValue().get("subjective_score").asDouble(), within(SCORE_TOLERANCE));
      assertThat(row.<Long>getAs("n_valid"))
          .as(entry.getKey() + " n_valid")
          .isEqualTo(entry.getValue().get("n_valid").asLong());
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
      Row row = items.get("community|" + parts[0] + "|" + itemCode);
      JsonNode want = entry.getValue();
      assertThat(row).as(entry.getKey()).isNotNull();
      assertThat(row.<Double>getAs("score"))
          .as(entry.getKey() + " score")
          .isCloseTo(want.get("score").asDouble(), within(SCORE_TOLERANCE));
      assertThat(row.<Long>getAs("n_scored"))
          .as(entry.getKey() + " n_scored")
          .isEqualTo(want.get("n_scored").asLong());
      assertThat(row.<Long>getAs("n_dont_know"))
          .as(entry.getKey() + " n_dont_know")
          .isEqualTo(want.get("n_dont_know").asLong());
    }
  }

  private static QuestionnaireItem item(String code, ItemLevel level, String header) {
    return new QuestionnaireItem(code, level, "satisfaction", 1.0, header, header);
  }

  private static Map<String, Row> byKey(Dataset<Row> table, String... keyColumns) {
    Map<String, Row> out = new HashMap<>();
    for (Row row : table.collectAsList()) {
      StringBuilder key = new StringBuilder();
      for (String column : keyColumns) {
        key.append(key.length() == 0 ? "" : "|").append(row.<String>getAs(column));
      }
      out.put(key.toString(), row);
    }
    return out;
  }
}
