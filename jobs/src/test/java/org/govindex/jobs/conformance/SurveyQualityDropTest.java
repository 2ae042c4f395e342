package org.govindex.jobs.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Datasets;
import org.govindex.contract.Table;
import org.govindex.indicators.quality.SurveyQuality;
import org.govindex.indicators.quality.SurveyQualitySettings;
import org.govindex.indicators.subjective.SubjectiveSettings;
import org.govindex.jobs.ingest.InputFileReport;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.io.TableWriter;
import org.govindex.jobs.reduce.SurveyReduction;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingestion of the bundled sample drop ({@code data-samples/drop}, 1,505 resident rows with planted
 * defects) followed by the survey reduction ({@link SurveyReduction}) and {@link SurveyQuality}:
 * the counts agree with {@code rejects.csv}, the response metadata covers exactly the resident rows
 * with a unit, and no clear IP address reaches any written file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyQualityDropTest {

  static final Pattern DOTTED_QUAD =
      Pattern.compile("(?<![0-9.])(?:[0-9]{1,3}\\.){3}[0-9]{1,3}(?![0-9.])");
  static final Set<String> UNIT_REASONS = Set.of("unknown_unit", "ambiguous_unit", "bad_code");

  @TempDir static Path temp;
  SparkSession spark;
  Drops.Ingested drop;
  Path ingested;
  List<Table.Row> quality;

  /** file#row → reason code of the resident-survey rejects in rejects.csv. */
  Map<String, String> residentRejects = new TreeMap<>();

  @BeforeAll
  void ingestAndCompute() throws Exception {
    spark = SparkTestSession.get();
    drop = Drops.bundled();
    ingested = drop.dir();
    IngestedDatasets datasets = drop.datasets();
    Table table =
        DropResults.survey(
                spark,
                datasets,
                Drops.bundledQuestionnaire(),
                SubjectiveSettings.defaults("2026"),
                SurveyQualitySettings.defaults("2026"))
            .quality();
    new TableWriter(temp.resolve("tables"), temp.resolve("parquet")).write(table);
    quality = table.rows();
    List<String> lines = Files.readAllLines(ingested.resolve("rejects.csv"));
    assertThat(lines.get(0)).isEqualTo("\uFEFFfile,row_number,reason_code,reason");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", 4);
      if (cells[0].startsWith("surveys/resident_")) {
        residentRejects.put(cells[0] + "#" + cells[1], cells[2]);
      }
    }
  }

  private long rejected(String code) {
    return residentRejects.values().stream().filter(code::equals).count();
  }

  private long sum(String level, String column) {
    return quality.stream()
        .filter(r -> r.string("level").equals(level))
        .mapToLong(r -> r.longValue(column))
        .sum();
  }

  private Path dataset(String name) {
    return ingested.resolve(name);
  }

  @Test
  void speedersAndDuplicatesSummedOverCommunitiesEqualTheRejects() {
    long speeders = rejected("speeder");
    long duplicates = rejected("duplicate");
    assertThat(speeders).isPositive();
    assertThat(duplicates).isPositive();
    assertThat(sum("community", "n_speeders")).isEqualTo(speeders);
    assertThat(sum("community", "n_duplicate_phones")).isEqualTo(duplicates);
    // streets pool their communities
    for (String column :
        List.of(
            "n_responses",
            "n_valid",
            "n_speeders",
            "n_duplicate_phones",
            "n_straightliners",
            "n_burst_responses")) {
      assertThat(sum("street", column)).as(column).isEqualTo(sum("community", column));
    }
    long accepted =
        spark.read().parquet(dataset(Datasets.RESIDENT_RESPONSES.name()).toString()).count();
    assertThat(sum("community", "n_valid")).isEqualTo(accepted);
    // n_responses = valid + the four counted reject reasons
    long counted =
        SurveyReduction.COUNTED_REASONS.stream().mapToLong(this::rejected).sum() + accepted;
    assertThat(sum("community", "n_responses")).isEqualTo(counted);
  }

  @Test
  void oneRowPerRegistryUnit() {
    long communities =
        spark.read().parquet(dataset(Datasets.COMMUNITIES.name()).toString()).count();
    long streets = spark.read().parquet(dataset(Datasets.STREETS.name()).toString()).count();
    assertThat(quality.stream().filter(r -> r.string("level").equals("community")).count())
        .isEqualTo(communities);
    assertThat(quality.stream().filter(r -> r.string("level").equals("street")).count())
        .isEqualTo(streets);
  }

  @Test
  void responseMetaHoldsEveryResidentRowWithAUnitAndItsReason() {
    Map<String, String> expected = new TreeMap<>();
    for (Row row :
        spark
            .read()
            .parquet(dataset(Datasets.RESIDENT_RESPONSES.name()).toString())
            .select("response_id")
            .collectAsList()) {
      expected.put(row.getString(0), "");
    }
    residentRejects.forEach(
        (id, code) -> {
          if (!UNIT_REASONS.contains(code)) {
            expected.put(id, code);
          }
        });
    Map<String, String> actual = new TreeMap<>();
    for (Row row :
        spark
            .read()
            .parquet(dataset(Datasets.RESIDENT_RESPONSE_META.name()).toString())
            .select("response_id", "reason_code", "community_code")
            .collectAsList()) {
      assertThat(row.getString(2)).as(row.getString(0)).isNotNull();
      assertThat(actual.put(row.getString(0), row.isNullAt(1) ? "" : row.getString(1)))
          .as("one row per response " + row.getString(0))
          .isNull();
    }
    assertThat(actual).isEqualTo(expected);
    long residentRows =
        drop.report().files().stream()
            .filter(f -> f.path().startsWith("surveys/resident_"))
            .mapToLong(InputFileReport::rowsRead)
            .sum();
    long unitRejects = residentRejects.values().stream().filter(UNIT_REASONS::contains).count();
    assertThat(residentRows).isEqualTo(1505);
    assertThat(actual).hasSize((int) (residentRows - unitRejects));
  }

  @Test
  void ipPseudonymIsTheKeyedHashOfTheAddressPartForValidAndRejectedRows() throws Exception {
    List<String> lines =
        Files.readAllLines(
            Drops.BUNDLED.resolve("surveys/resident_2026_a.csv"), StandardCharsets.UTF_8);
    String firstSpeeder =
        residentRejects.entrySet().stream()
            .filter(e -> e.getKey().startsWith("surveys/resident_2026_a.csv#"))
            .filter(e -> e.getValue().equals("speeder"))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    Map<String, String> hashes = new HashMap<>();
    for (Row row :
        spark
            .read()
            .parquet(dataset(Datasets.RESIDENT_RESPONSE_META.name()).toString())
            .select("response_id", "ip_hash", "ip_region", "submitted_at", "duration_seconds")
            .collectAsList()) {
      hashes.put(row.getString(0), row.getString(1));
      if (row.getString(0).equals(firstSpeeder)) {
        // a rejected row keeps its metadata
        assertThat(row.getString(2)).isNotBlank();
        assertThat(row.get(3)).isNotNull();
        assertThat(row.<Integer>getAs("duration_seconds")).isLessThan(30);
      }
    }
    for (String id : List.of("surveys/resident_2026_a.csv#1", firstSpeeder)) {
      int rowNumber = Integer.parseInt(id.substring(id.indexOf('#') + 1));
      Matcher ip = DOTTED_QUAD.matcher(lines.get(rowNumber));
      assertThat(ip.find()).as(id).isTrue();
      assertThat(lines.get(rowNumber)).contains(ip.group() + "(");
      assertThat(hashes.get(id)).as(id).isEqualTo(hmac(ip.group()));
    }
  }

  @Test
  void noClearIpAddressInAnyWrittenFile() throws Exception {
    // the input does hold clear addresses, so the pattern finds them
    String input =
        Files.readString(
            Drops.BUNDLED.resolve("surveys/resident_2026_a.csv"), StandardCharsets.UTF_8);
    Set<String> inputAddresses = new TreeSet<>();
    Matcher m = DOTTED_QUAD.matcher(input);
    while (m.find()) {
      inputAddresses.add(m.group());
    }
    assertThat(inputAddresses).hasSizeGreaterThan(100);

    List<Path> files;
    try (Stream<Path> walk = Stream.concat(Files.walk(ingested), Files.walk(temp))) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).anyMatch(f -> f.toString().endsWith("survey_quality.csv"));
    assertThat(files).anyMatch(f -> f.toString().contains("resident_response_meta"));
    Set<Path> parquetDatasets = new TreeSet<>();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      Matcher found = DOTTED_QUAD.matcher(text);
      assertThat(found.find()).as(file + (found.hitEnd() ? "" : ": " + found.group())).isFalse();
      if (file.getFileName().toString().endsWith(".parquet")) {
        parquetDatasets.add(file.getParent());
      }
    }
    // Parquet pages may be compressed: also scan the decoded values
    assertThat(parquetDatasets).hasSizeGreaterThan(10);
    for (Path dataset : parquetDatasets) {
      for (Row row : spark.read().parquet(dataset.toString()).collectAsList()) {
        Matcher found = DOTTED_QUAD.matcher(row.toString());
        assertThat(found.find()).as(dataset + ": " + row).isFalse();
      }
    }
  }

  private static String hmac(String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Drops.BUNDLED_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }
}
