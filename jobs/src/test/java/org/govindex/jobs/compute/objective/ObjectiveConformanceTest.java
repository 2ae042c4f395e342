package org.govindex.jobs.compute.objective;

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
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.compute.SparkTestSession;
import org.govindex.jobs.ingest.DropIngestion;
import org.govindex.jobs.ingest.IngestionSettings;
import org.govindex.jobs.ingest.PseudonymKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked appraisal example of ../shared/reference/appraisal-example: its expected.json {@code
 * kpi} holds the raw §2 indicator values of every community, street and department, computed by an
 * independent implementation. The drop is ingested and every value reproduced within 1e-9.
 */
class ObjectiveConformanceTest {

  private static final Path EXAMPLE =
      Path.of(System.getProperty("user.dir"))
          .getParent()
          .resolveSibling("shared")
          .resolve("reference/appraisal-example");

  @TempDir Path temp;

  @Test
  void reproducesEveryKpiOfTheReferenceExample() throws Exception {
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

    ObjectiveTables tables =
        ObjectiveScoring.compute(
            spark,
            ObjectiveInputs.readParquet(spark, ingested),
            AppraisalConfiguration.bundledDefaults().catalogue(),
            "2026");
    Map<String, Row> actual = new HashMap<>();
    for (Row row : tables.indicatorValues().collectAsList()) {
      actual.put(
          row.getAs("level") + "|" + row.getAs("unit_code") + "|" + row.getAs("indicator_code"),
          row);
    }

    JsonNode kpi =
        new ObjectMapper().readTree(EXAMPLE.resolve("expected.json").toFile()).get("kpi");
    assertThat(kpi).isNotNull();
    int compared = 0;
    for (Iterator<Map.Entry<String, JsonNode>> units = kpi.fields(); units.hasNext(); ) {
      Map.Entry<String, JsonNode> unit = units.next();
      for (Iterator<Map.Entry<String, JsonNode>> it = unit.getValue().fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> indicator = it.next();
        String key = unit.getKey() + "|" + indicator.getKey();
        assertThat(actual).as("row for " + key).containsKey(key);
        Double raw = actual.get(key).getAs("raw_value");
        if (indicator.getValue().isNull()) {
          assertThat(raw).as(key).isNull();
        } else {
          assertThat(raw).as(key).isNotNull();
          assertThat(raw).as(key).isCloseTo(indicator.getValue().asDouble(), within(1e-9));
        }
        compared++;
      }
    }
    // 12 communities x 13 + 4 streets x 7 + 6 departments x 6
    assertThat(compared).isEqualTo(12 * 13 + 4 * 7 + 6 * 6);
  }

  private static Questionnaire questionnaire() throws Exception {
    try (Reader reader =
        new InputStreamReader(
            ObjectiveConformanceTest.class
                .getClassLoader()
                .getResourceAsStream("govindex/config/questionnaire.csv"),
            StandardCharsets.UTF_8)) {
      return Questionnaire.parse(reader, "questionnaire.csv");
    }
  }
}
