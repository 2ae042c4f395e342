package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.govindex.contract.Datasets;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resident_response_meta} as the file tasks write it themselves (no repeated submission in
 * the drop, so no cross-row rule rewrites it): one row per resident row whose community resolves,
 * with the reject code of a rejected one, none for an accepted one; rows of an unknown, ambiguous
 * or malformed community are left out. The drop is {@link DropIngestionTest}'s registry and its
 * resident file with row 8's phone made unique (there, row 8 repeats row 7's phone).
 */
class ResponseMetaTest {

  @TempDir Path temp;

  @Test
  void givenNoRepeatedSubmissionWhenIngestedThenTheTasksMetadataCoverEveryRowWithACommunity()
      throws Exception {
    // given the registry and a resident file of planted defects, but no repeated submission
    Path drop = temp.resolve("drop");
    write(drop, "registry/districts.csv", DropIngestionTest.DISTRICTS, StandardCharsets.UTF_8);
    write(drop, "registry/streets.csv", DropIngestionTest.STREETS, StandardCharsets.UTF_8);
    write(drop, "registry/communities.csv", DropIngestionTest.COMMUNITIES, DropIngestionTest.GB);
    write(
        drop,
        "registry/departments.csv",
        "部门代码,部门名称,区划代码\n44010101,民政局,440101\n",
        StandardCharsets.UTF_8);
    String resident =
        DropIngestionTest.RESIDENT
            .lines()
            .map(l -> l.startsWith("8,") ? l.replace("13800000007", "13800000008") : l)
            .collect(Collectors.joining("\n", "", "\n"));
    write(drop, "surveys/resident_2026_a.csv", resident, StandardCharsets.UTF_8);

    // when the drop is ingested
    Path out = temp.resolve("ingested");
    new DropIngestion(
            SparkTestSession.get(),
            new IngestionSettings(
                DropIngestionTest.questionnaire(),
                new Pseudonymizer(DropIngestionTest.KEY),
                DropIngestionTest.bundledProfiles()))
        .ingest(drop, out);

    // then the metadata hold rows 1..14 but those whose community does not resolve, each with its
    // planted reject code (none for an accepted row)
    String file = "surveys/resident_2026_a.csv";
    Set<String> unitReasons = Set.of("unknown_unit", "ambiguous_unit", "bad_code");
    Map<Long, String> expected = new TreeMap<>();
    for (long row = 1; row <= 14; row++) {
      String planted = DropIngestionTest.PLANTED.get(file + "#" + row);
      if (row == 7) {
        planted = null; // its later submission (row 8) has another phone here
      }
      if (planted == null || !unitReasons.contains(planted)) {
        expected.put(row, planted);
      }
    }
    Map<Long, String> meta = new TreeMap<>();
    Map<String, Long> ids = new HashMap<>();
    for (Row r :
        new IngestedDatasets(out)
            .rows(SparkTestSession.get(), Datasets.RESIDENT_RESPONSE_META)
            .collectAsList()) {
      assertThat(r.getString(r.fieldIndex("source_file"))).isEqualTo(file);
      long row = r.getLong(r.fieldIndex("row_number"));
      meta.put(row, r.getString(r.fieldIndex("reason_code")));
      ids.put(r.getString(r.fieldIndex("response_id")), row);
      assertThat(r.getString(r.fieldIndex("community_code"))).isNotNull();
      assertThat(r.getString(r.fieldIndex("street_code"))).isNotNull();
    }
    assertThat(meta).isEqualTo(expected);
    assertThat(ids).hasSize(expected.size()).containsEntry(file + "#5", 5L);
    try (var files = Files.list(out.resolve(Datasets.RESIDENT_RESPONSE_META.name()))) {
      // one file per input file, as the task wrote it (Spark's rewrite would name its own parts)
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("part-00000.parquet");
    }
  }

  private static void write(Path drop, String path, String text, java.nio.charset.Charset charset)
      throws Exception {
    Path file = drop.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, charset);
  }
}
