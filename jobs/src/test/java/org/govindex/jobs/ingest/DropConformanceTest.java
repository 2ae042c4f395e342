package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.govindex.jobs.ingest.privacy.PseudonymKey;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance on published drops: the worked appraisal example of ../shared/reference (results of
 * an independent implementation in expected.json) and, when present, the bundled sample drop whose
 * govindex-synthetic.json lists the defects the generator planted.
 */
class DropConformanceTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();
  static final Path EXAMPLE = REPO.resolveSibling("shared").resolve("reference/appraisal-example");
  static final Path BUNDLED = REPO.resolve("data-samples/drop");

  @TempDir static Path temp;

  /** Ingests on the shared session (started only by a test that is not skipped). */
  private static IngestionReport ingest(Path drop, Path out, String key) throws Exception {
    return new DropIngestion(
            SparkTestSession.get(),
            new IngestionSettings(
                DropIngestionTest.questionnaire(),
                new Pseudonymizer(key),
                DropIngestionTest.bundledProfiles()))
        .ingest(drop, out);
  }

  @Test
  void referenceExampleRejectsAndValidResponsesPerCommunity() throws Exception {
    assumeTrue(
        Files.isDirectory(EXAMPLE.resolve("drop"))
            && Files.isRegularFile(EXAMPLE.resolve("expected.json")),
        "reference example absent");
    Path out = temp.resolve("example");
    IngestionReport report = ingest(EXAMPLE.resolve("drop"), out, "conformance-key-123");
    JsonNode expected = JSON.readTree(EXAMPLE.resolve("expected.json").toFile());

    Map<String, Long> residentRejects = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("rejects.csv")).stream().skip(1).toList()) {
      String[] cells = line.split(",", 4);
      if (cells[0].startsWith("surveys/resident_")) {
        residentRejects.merge(cells[2], 1L, Long::sum);
      }
    }
    Map<String, Long> expectedRejects = new TreeMap<>();
    expected
        .get("rejects")
        .fields()
        .forEachRemaining(e -> expectedRejects.put(e.getKey(), e.getValue().asLong()));
    assertThat(residentRejects).isEqualTo(expectedRejects);

    Map<String, Long> nValid = new TreeMap<>();
    for (Row row :
        SparkTestSession.get()
            .read()
            .parquet(out.resolve("resident_responses").toString())
            .groupBy("community_code")
            .count()
            .collectAsList()) {
      nValid.put(row.getString(0), row.getLong(1));
    }
    Map<String, Long> expectedValid = new TreeMap<>();
    expected
        .get("community")
        .fields()
        .forEachRemaining(e -> expectedValid.put(e.getKey(), e.getValue().get("n_valid").asLong()));
    assertThat(nValid).isEqualTo(expectedValid);

    for (InputFileReport file : report.files()) {
      assertThat(file.rowsRead()).isEqualTo(file.rowsAccepted() + file.rowsRejected());
    }
    // the example: 477 survey rows in two files, 900 hotline orders (README.md of the example)
    assertThat(
            report.file("surveys/resident_example_a.csv").rowsRead()
                + report.file("surveys/resident_example_b.csv").rowsRead())
        .isEqualTo(477);
    assertThat(report.file("cases/hotline_2026_example.csv").rowsRead()).isEqualTo(900);
  }

  @Test
  void bundledDropRejectsExactlyThePlantedDefects() throws Exception {
    Path marker = BUNDLED.resolve(org.govindex.jobs.ingest.source.DropScanner.SYNTHETIC_MARKER);
    assumeTrue(Files.isRegularFile(marker), "bundled sample drop absent");
    JsonNode planted = JSON.readTree(marker.toFile()).get("planted_defects");
    assumeTrue(planted != null && !planted.isNull(), "marker lists no planted_defects");
    Map<String, Long> expected = plantedByFileAndReason(planted);

    Path out = temp.resolve("bundled");
    IngestionReport report =
        ingest(BUNDLED, out, PseudonymKey.resolve(null, Map.of(), BUNDLED).secret());
    Map<String, Long> actual = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("rejects.csv")).stream().skip(1).toList()) {
      String[] cells = line.split(",", 4);
      actual.merge(cells[0] + "|" + cells[2], 1L, Long::sum);
    }
    assertThat(actual).isEqualTo(expected);
    Map<String, String> rows = plantedRows(planted);
    if (!rows.isEmpty()) {
      Map<String, String> actualRows = new TreeMap<>();
      for (String line : Files.readAllLines(out.resolve("rejects.csv")).stream().skip(1).toList()) {
        String[] cells = line.split(",", 4);
        actualRows.put(cells[0] + "|" + cells[1], cells[2]);
      }
      assertThat(actualRows).isEqualTo(rows);
    }
    for (InputFileReport file : report.files()) {
      JsonNode entry = planted.get(file.path());
      if (entry != null && entry.has("rows")) {
        assertThat(file.rowsRead()).as(file.path()).isEqualTo(entry.get("rows").asLong());
      }
    }
    assertThat(report.files()).allMatch(f -> f.rowsRead() == f.rowsAccepted() + f.rowsRejected());
  }

  /**
   * Reads {@code planted_defects}: {file: {defects: {reason: count}, defect_rows: {reason:
   * [rows]}}} as written by the generator; falls back to {file: {reason: count}}.
   */
  static Map<String, Long> plantedByFileAndReason(JsonNode planted) {
    Map<String, Long> out = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> files = planted.fields();
    while (files.hasNext()) {
      Map.Entry<String, JsonNode> file = files.next();
      JsonNode defects =
          file.getValue().has("defects") ? file.getValue().get("defects") : file.getValue();
      defects
          .fields()
          .forEachRemaining(
              r -> {
                long count = r.getValue().isArray() ? r.getValue().size() : r.getValue().asLong();
                if (count > 0) {
                  out.merge(file.getKey() + "|" + r.getKey(), count, Long::sum);
                }
              });
    }
    return out;
  }

  /** {@code file|row → reason} of the planted rows, when the marker lists them. */
  static Map<String, String> plantedRows(JsonNode planted) {
    Map<String, String> out = new TreeMap<>();
    planted
        .fields()
        .forEachRemaining(
            file -> {
              JsonNode rows = file.getValue().get("defect_rows");
              if (rows != null) {
                rows.fields()
                    .forEachRemaining(
                        r ->
                            r.getValue()
                                .forEach(
                                    n -> out.put(file.getKey() + "|" + n.asLong(), r.getKey())));
              }
            });
    return out;
  }
}
