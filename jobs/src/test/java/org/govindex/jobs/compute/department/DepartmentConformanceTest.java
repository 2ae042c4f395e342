package org.govindex.jobs.compute.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.compute.SparkTestSession;
import org.govindex.jobs.compute.objective.ObjectiveInputs;
import org.govindex.jobs.compute.objective.ObjectiveScoring;
import org.govindex.jobs.compute.objective.ObjectiveTables;
import org.govindex.jobs.ingest.DropIngestion;
import org.govindex.jobs.ingest.IngestionSettings;
import org.govindex.jobs.ingest.PseudonymKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked appraisal example of ../shared/reference/appraisal-example: its expected.json {@code
 * department.<code>} holds, from an independent implementation, the scores of the rater groups with
 * at least 3 raters and the satisfaction with the default group weights. The drop is ingested and
 * every number reproduced within 1e-9; groups absent from expected.json must be null here.
 */
class DepartmentConformanceTest {

  private static final Path EXAMPLE =
      Path.of(System.getProperty("user.dir"))
          .getParent()
          .resolveSibling("shared")
          .resolve("reference/appraisal-example");

  @TempDir Path temp;

  @Test
  void reproducesGroupScoresAndSatisfactionOfTheReferenceExample() throws Exception {
    assumeTrue(Files.isRegularFile(EXAMPLE.resolve("expected.json")), "reference example absent");
    SparkSession spark = SparkTestSession.get();
    Path drop = EXAMPLE.resolve("drop");
    Path ingested = temp.resolve("ingested");
    new DropIngestion(
            spark,
            new IngestionSettings(
                questionnaire(),
                PseudonymKey.resolve(null, Map.of(PseudonymKey.ENV, "test"), drop).pseudonymizer()))
        .ingest(drop, ingested);
    ObjectiveTables objective =
        ObjectiveScoring.compute(
            spark,
            ObjectiveInputs.readParquet(spark, ingested),
            AppraisalConfiguration.bundledDefaults().catalogue(),
            "2026");

    DepartmentTables tables =
        DepartmentRating.compute(
            spark,
            DepartmentInputs.readParquet(spark, ingested),
            DepartmentRatingSettings.defaults("2026"),
            objective.objectiveScores());
    Map<String, Row> actual =
        DepartmentRatingTest.byKey(tables.departmentRating().collectAsList(), "department_code");

    JsonNode expected =
        new ObjectMapper().readTree(EXAMPLE.resolve("expected.json").toFile()).get("department");
    assertThat(expected).isNotNull();
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(() -> expected.fieldNames());
    int compared = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> department = it.next();
      Row row = actual.get(department.getKey());
      JsonNode groups = department.getValue().get("groups");
      for (RaterGroup group : RaterGroup.values()) {
        Double score = row.getAs(group.scoreColumn());
        String what = department.getKey() + " " + group.label();
        if (groups.has(group.label())) {
          assertThat(score).as(what).isCloseTo(groups.get(group.label()).asDouble(), within(1e-9));
          assertThat(row.<Long>getAs(group.countColumn())).as(what).isGreaterThanOrEqualTo(3L);
          compared++;
        } else {
          assertThat(score).as(what).isNull();
        }
      }
      double satisfaction = department.getValue().get("satisfaction_score").asDouble();
      assertThat(row.<Double>getAs("satisfaction_score"))
          .as(department.getKey())
          .isCloseTo(satisfaction, within(1e-9));
      Double objectiveScore = row.getAs("objective_score");
      assertThat(objectiveScore).as(department.getKey() + " objective").isNotNull();
      assertThat(row.<Double>getAs("total_score"))
          .isCloseTo(0.5 * satisfaction + 0.5 * objectiveScore, within(1e-9));
      compared++;
    }
    // 6 departments: 23 group scores (32095101 has three groups) and 6 satisfaction scores
    assertThat(compared).isEqualTo(23 + 6);
    assertThat(actual.get("32095101").<String>getAs("flags")).contains("group_dropped:驻区单位");
  }

  private static Questionnaire questionnaire() throws Exception {
    try (Reader reader =
        new InputStreamReader(
            DepartmentConformanceTest.class
                .getClassLoader()
                .getResourceAsStream("govindex/config/questionnaire.csv"),
            StandardCharsets.UTF_8)) {
      return Questionnaire.parse(reader, "questionnaire.csv");
    }
  }
}
