package org.govindex.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metadata's planted_defects agree row by row with an independent re-validation of the files
 * ({@link ReferenceValidator}), and the drop has the distributions the issue asks for.
 */
class PlantedDefectsTest {

  static final List<String> ALL_CODES =
      List.of(
          "unknown_unit",
          "ambiguous_unit",
          "bad_value",
          "speeder",
          "no_scored_answer",
          "duplicate",
          "missing_value",
          "bad_code",
          "bad_number",
          "bad_date",
          "bad_enum",
          "duplicate_key",
          "inconsistent");

  @TempDir static Path temp;
  static Path drop;
  static JsonNode metadata;
  static ReferenceValidator validator;

  @BeforeAll
  static void generate() throws IOException {
    drop = temp.resolve("drop");
    DropGenerator.generate(new GeneratorSettings(Scale.SMALL, 77, drop, 0.03, 2026));
    metadata = new ObjectMapper().readTree(drop.resolve(DropGenerator.METADATA_FILE).toFile());
    validator = new ReferenceValidator(drop);
  }

  private static Map<String, Map<Integer, String>> plantedFromMetadata() {
    Map<String, Map<Integer, String>> planted = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> files = metadata.get("planted_defects").fields();
    while (files.hasNext()) {
      Map.Entry<String, JsonNode> file = files.next();
      Iterator<Map.Entry<String, JsonNode>> reasons = file.getValue().get("defect_rows").fields();
      while (reasons.hasNext()) {
        Map.Entry<String, JsonNode> reason = reasons.next();
        assertThat(file.getValue().get("defects").get(reason.getKey()).asInt())
            .isEqualTo(reason.getValue().size());
        for (JsonNode row : reason.getValue()) {
          Map<Integer, String> rows = planted.computeIfAbsent(file.getKey(), k -> new TreeMap<>());
          assertThat(rows.put(row.asInt(), reason.getKey()))
              .as("one defect per row: " + file.getKey() + " row " + row.asInt())
              .isNull();
        }
      }
    }
    return planted;
  }

  @Test
  void plantedDefectsMatchAnIndependentValidationRowByRow() {
    assertThat(plantedFromMetadata()).isEqualTo(validator.rejects);
  }

  @Test
  void everyReasonCodeOfTheContractIsPlanted() {
    Set<String> seen = new HashSet<>();
    for (Map<Integer, String> rows : validator.rejects.values()) {
      seen.addAll(rows.values());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(ALL_CODES);
  }

  @Test
  void rowCountsInTheMetadataAreTheRowsInTheFiles() throws IOException {
    Iterator<Map.Entry<String, JsonNode>> files = metadata.get("planted_defects").fields();
    int count = 0;
    while (files.hasNext()) {
      Map.Entry<String, JsonNode> file = files.next();
      int rows = DropReader.read(drop.resolve(file.getKey())).rows().size();
      assertThat(file.getValue().get("rows").asInt()).as(file.getKey()).isEqualTo(rows);
      count++;
    }
    assertThat(count).isEqualTo(18);
  }

  @Test
  void speedersCountedFromTheDurationsAreThePlantedOnes() throws IOException {
    for (Path file : validator.files("surveys", "resident_")) {
      DropReader.Table table = DropReader.read(file);
      int duration = table.column("所用时间");
      int fast = 0;
      int cleanBelowOneMinute = 0;
      String key = drop.relativize(file).toString().replace('\\', '/');
      Map<Integer, String> planted = validator.rejects.getOrDefault(key, Map.of());
      for (int r = 0; r < table.rows().size(); r++) {
        int seconds = Integer.parseInt(table.rows().get(r).get(duration).replace("秒", ""));
        fast += seconds < 30 ? 1 : 0;
        if (!planted.containsKey(r + 1) && seconds < 60) {
          cleanBelowOneMinute++;
        }
      }
      JsonNode defects = metadata.get("planted_defects").get(key).get("defects");
      assertThat(fast).as(key).isEqualTo(defects.path("speeder").asInt(0)).isPositive();
      assertThat(cleanBelowOneMinute).as(key).isZero();
    }
  }

  @Test
  void someCommunitiesFallBelowTheMinimumSampleAndMostDoNot() {
    Map<String, Integer> valid = validator.validResponses;
    long below = valid.values().stream().filter(n -> n < 30).count();
    assertThat(valid).hasSize(20);
    assertThat(below).isBetween(1L, 6L);
  }

  @Test
  void satisfactionDiffersBetweenCommunities() {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (List<Double> scores : validator.communityScores.values()) {
      double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      min = Math.min(min, mean);
      max = Math.max(max, mean);
    }
    assertThat(max - min).isGreaterThan(8.0);
    assertThat(min).isGreaterThan(20.0);
    assertThat(max).isLessThan(95.0);
  }

  @Test
  void hotlineVolumeGrowsWithPopulation() {
    Map<String, Integer> orders = validator.hotlineByCommunity;
    double[] x = new double[orders.size()];
    double[] y = new double[orders.size()];
    int i = 0;
    for (Map.Entry<String, Integer> e : orders.entrySet()) {
      x[i] = validator.communityPopulation.get(e.getKey());
      y[i++] = e.getValue();
    }
    assertThat(i).isEqualTo(20);
    assertThat(pearson(x, y)).isGreaterThan(0.6);
  }

  static double pearson(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  @Test
  void factsCoverFourYearsWithChangeAndProjectsTwoYears() throws IOException {
    DropReader.Table facts = DropReader.read(validator.files("facts", "community_facts_").get(0));
    Map<String, Map<String, String>> volunteersByCodeAndYear = new TreeMap<>();
    for (List<String> row : facts.rows()) {
      volunteersByCodeAndYear
          .computeIfAbsent(row.get(0), k -> new TreeMap<>())
          .put(row.get(1), row.get(2));
    }
    Set<String> years = new HashSet<>();
    int changed = 0;
    for (Map<String, String> byYear : volunteersByCodeAndYear.values()) {
      years.addAll(byYear.keySet());
      if (!"2026".equals(byYear.keySet().stream().max(String::compareTo).orElse(""))) {
        continue;
      }
      if (byYear.containsKey("2025") && !byYear.get("2025").equals(byYear.get("2026"))) {
        changed++;
      }
    }
    assertThat(years).contains("2023", "2024", "2025", "2026");
    assertThat(changed).isGreaterThan(10);
    Set<String> projectYears = new HashSet<>();
    for (List<String> row : DropReader.read(validator.files("facts", "projects_").get(0)).rows()) {
      projectYears.add(row.get(2));
    }
    assertThat(projectYears).contains("2025", "2026");
  }
}
