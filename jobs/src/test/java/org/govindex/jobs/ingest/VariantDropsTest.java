package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The variant sample drops of data-samples/variants/ (written from the same data by
 * make_variants.py, an independent script) give the same ingested tables and the same rejects as
 * their twin in the input contract's layout: 问卷星's own download names in folders of any name, a 按序号
 * export read through the questionnaire's options, and 12345 extracts of the profiles
 * hotline-city-a and hotline-city-b. Files are compared under the twin's names (source_file,
 * response_id).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VariantDropsTest {

  static final Path VARIANTS =
      Path.of(System.getProperty("user.dir")).getParent().resolve("data-samples/variants");
  static final String KEY = "variant-test-key";

  static final Map<String, String> CITY_A =
      Map.ofEntries(
          Map.entry("调解/2026年人民调解案件.csv", "cases/mediation_2026.csv"),
          Map.entry("调解/调解汇总.csv", "cases/mediation_summary_2026.csv"),
          Map.entry("统计/社区基础数据.csv", "facts/community_facts_2026.csv"),
          Map.entry("统计/街道经济数据.csv", "facts/street_facts_2026.csv"),
          Map.entry("统计/创新项目.csv", "facts/projects_2026.csv"),
          Map.entry("问卷星/2026年部门双向考评_问卷星导出.csv", "surveys/department_2026_a.csv"),
          Map.entry("名录/区划名录.csv", "registry/districts.csv"),
          Map.entry("名录/街道名录.csv", "registry/streets.csv"),
          Map.entry("名录/社区名录.csv", "registry/communities.csv"),
          Map.entry("名录/部门名录.csv", "registry/departments.csv"),
          Map.entry("问卷星/2026年居民满意度调查_问卷星导出.csv", "surveys/resident_2026_a.csv"),
          Map.entry("问卷星/2026年居民满意度调查_按序号.csv", "surveys/resident_2026_b.csv"),
          Map.entry("12345/A市12345工单导出_2026年5月.csv", "cases/hotline_2026_05.csv"));
  static final Map<String, String> CITY_B =
      Map.of("cases/hotline_2026_b.csv", "cases/hotline_2026_05.csv");

  @TempDir static Path temp;
  Map<String, List<String>> contract;

  @BeforeAll
  void ingestTheTwin() throws Exception {
    contract = tables(ingest("contract"), Map.of());
  }

  @Test
  void cityAGivesTheSameTablesAsTheContractLayout() throws Exception {
    Map<String, List<String>> cityA = tables(ingest("city-a"), CITY_A);
    assertThat(cityA.keySet()).isEqualTo(contract.keySet());
    contract.forEach((name, rows) -> assertThat(cityA.get(name)).as(name).isEqualTo(rows));
  }

  @Test
  void cityBGivesTheSameTablesAsTheContractLayout() throws Exception {
    Map<String, List<String>> cityB = tables(ingest("city-b"), CITY_B);
    assertThat(cityB.keySet()).isEqualTo(contract.keySet());
    contract.forEach((name, rows) -> assertThat(cityB.get(name)).as(name).isEqualTo(rows));
  }

  @Test
  void theTwinKeepsMostRowsSoTheComparisonMeansSomething() {
    // 120 work orders of which the bundled drop's planted defects reject a few; 120 responses
    assertThat(contract.get("hotline_orders")).hasSizeBetween(110, 120);
    assertThat(contract.get("resident_responses")).hasSizeBetween(100, 120);
    assertThat(contract.get("resident_answers").size()).isGreaterThan(800);
  }

  private Path ingest(String drop) throws Exception {
    Path out = temp.resolve(drop);
    new DropIngestion(
            SparkTestSession.get(),
            new IngestionSettings(
                DropIngestionTest.questionnaire(),
                new Pseudonymizer(KEY),
                DropIngestionTest.bundledProfiles()))
        .ingest(VARIANTS.resolve(drop), out);
    return out;
  }

  /** Every dataset's rows as sorted text, and the rejects as file,row,code; files renamed. */
  private static Map<String, List<String>> tables(Path out, Map<String, String> renames)
      throws Exception {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Stream<Path> entries = Files.list(out)) {
      for (Path dataset : entries.filter(Files::isDirectory).sorted().toList()) {
        List<Row> rows = SparkTestSession.get().read().parquet(dataset.toString()).collectAsList();
        tables.put(
            dataset.getFileName().toString(),
            rows.stream().map(r -> rename(r.toString(), renames)).sorted().toList());
      }
    }
    List<String> rejects =
        Files.readAllLines(out.resolve(RejectsFile.NAME)).stream()
            .skip(1)
            .map(line -> String.join(",", List.of(line.split(",", -1)).subList(0, 3)))
            .map(line -> rename(line, renames))
            .sorted()
            .toList();
    tables.put("rejects", rejects);
    return tables;
  }

  private static String rename(String text, Map<String, String> renames) {
    String out = text;
    for (Map.Entry<String, String> e : renames.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }
}
