package org.govindex.jobs.compute.innovation;

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
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.compute.SparkTestSession;
import org.govindex.jobs.ingest.DropIngestion;
import org.govindex.jobs.ingest.IngestionSettings;
import org.govindex.jobs.ingest.PseudonymKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked appraisal example of ../shared/reference/appraisal-example, ingested and scored with
 * the bundled framework: its expected.json {@code awards} (project scores of an independent
 * implementation) are reproduced within 1e-9, and the index tables are consistent (two years,
 * development index 100 in the base year, ordered rank intervals, grades from the scores).
 */
class InnovationDropConformanceTest {

  private static final Path EXAMPLE =
      Path.of(System.getProperty("user.dir"))
          .getParent()
          .resolveSibling("shared")
          .resolve("reference/appraisal-example");

  @TempDir static Path temp;
  private static InnovationTables tables;
  private static JsonNode expected;

  @BeforeAll
  static void ingestAndCompute() throws Exception {
    if (!Files.isRegularFile(EXAMPLE.resolve("expected.json"))) {
      return;
    }
    SparkSession spark = SparkTestSession.get();
    Path drop = EXAMPLE.resolve("drop");
    Path ingested = temp.resolve("ingested");
    Questionnaire questionnaire = questionnaire();
    new DropIngestion(
            spark,
            new IngestionSettings(
                questionnaire,
                PseudonymKey.resolve(null, Map.of(PseudonymKey.ENV, "test"), drop).pseudonymizer()))
        .ingest(drop, ingested);
    InnovationSettings settings = InnovationSettings.defaults("2026", null, questionnaire);
    tables =
        InnovationIndex.compute(spark, InnovationInputs.readParquet(spark, ingested), settings);
    expected = new ObjectMapper().readTree(EXAMPLE.resolve("expected.json").toFile());
  }

  @Test
  void reproducesTheProjectScoresOfTheReferenceExample() {
    assumeTrue(tables != null, "reference example absent");
    JsonNode awards = expected.get("awards");
    assertThat(awards).isNotNull();
    Map<String, Row> actual = new HashMap<>();
    for (Row r : tables.awards().collectAsList()) {
      actual.put(r.getAs("project_code"), r);
    }
    assertThat(actual.keySet()).hasSize(awards.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = awards.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Row row = actual.get(e.getKey());
      assertThat(row).as(e.getKey()).isNotNull();
      double score = row.getAs("project_score");
      double want = e.getValue().asDouble();
      assertThat(score).as(e.getKey()).isCloseTo(want, within(1e-9));
      // grades of methodology §3 and amounts of the bundled settings, from the expected score
      String grade = want >= 90 ? "优秀" : want >= 80 ? "良好" : want >= 60 ? "合格" : "不合格";
      assertThat((String) row.getAs("grade")).as(e.getKey()).isEqualTo(grade);
      double amount = grade.equals("优秀") ? 100000 : grade.equals("良好") ? 50000 : 0;
      assertThat((double) row.getAs("award_amount")).as(e.getKey()).isEqualTo(amount);
      assertThat((boolean) row.getAs("eligible")).isEqualTo(amount > 0);
    }
    double total =
        tables.awardsByUnit().where("level = 'district'").collectAsList().stream()
            .mapToDouble(r -> r.getAs("award_total"))
            .sum();
    double expectedTotal = 0;
    for (JsonNode v : awards) {
      double s = v.asDouble();
      expectedTotal += s >= 90 ? 100000 : s >= 80 ? 50000 : 0;
    }
    assertThat(total).isEqualTo(expectedTotal);
  }

  @Test
  void indexCoversTwoYearsWithDevelopmentIndex100InTheBaseYear() {
    assumeTrue(tables != null, "reference example absent");
    List<Row> rows = tables.innovationIndex().collectAsList();
    TreeSet<String> years = new TreeSet<>();
    rows.forEach(r -> years.add(r.getAs("period")));
    assertThat(years.size()).isGreaterThanOrEqualTo(2);
    assertThat(years.last()).isEqualTo("2026");
    for (Row r : rows) {
      Double dev = r.getAs("development_index");
      if (r.getAs("period").equals(years.first()) && dev != null) {
        assertThat(dev).isEqualTo(100.0);
      }
      Double p05 = r.getAs("rank_p05");
      if (p05 != null) {
        double med = r.getAs("rank_median");
        double p95 = r.getAs("rank_p95");
        assertThat(p05).isLessThanOrEqualTo(med);
        assertThat(med).isLessThanOrEqualTo(p95);
      }
      Double index = r.getAs("index");
      if (index != null) {
        assertThat(index).isBetween(0.0, 100.0);
      }
    }
    long communities2026 =
        rows.stream()
            .filter(
                r ->
                    r.getAs("period").equals("2026")
                        && r.getAs("level").equals("community")
                        && r.getAs("index") != null)
            .count();
    assertThat(communities2026).isEqualTo(12);
    assertThat(tables.coherence().where("measure = 'cronbach_alpha'").count()).isEqualTo(6);
  }

  private static Questionnaire questionnaire() throws Exception {
    try (Reader reader =
        new InputStreamReader(
            InnovationDropConformanceTest.class
                .getClassLoader()
                .getResourceAsStream("govindex/config/questionnaire.csv"),
            StandardCharsets.UTF_8)) {
      return Questionnaire.parse(reader, "questionnaire.csv");
    }
  }
}
