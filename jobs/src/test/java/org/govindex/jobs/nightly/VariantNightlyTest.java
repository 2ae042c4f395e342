package org.govindex.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.govindex.jobs.config.SettingsLoader;
import org.govindex.jobs.spark.SparkSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The variant drop city-a (问卷星's own file names in folders of any name, a 按序号 numeric-code export,
 * a 12345 extract of the hotline-city-a profile) and its twin in the input contract's layout,
 * written from the same data by data-samples/variants/make_variants.py, publish the same result
 * tables byte for byte through the whole nightly job, bootstrap intervals included.
 */
class VariantNightlyTest {

  private static final Path VARIANTS =
      Path.of(System.getProperty("user.dir")).getParent().resolve("data-samples/variants");

  @TempDir Path out;

  @Test
  void givenTheSameDataInTwoLayoutsWhenTheNightlyRunsThenTheResultTablesAreIdentical()
      throws IOException {
    Path contract = run("contract");
    Path cityA = run("city-a");

    List<String> tables = names(contract);
    assertThat(tables).hasSizeGreaterThan(10).isEqualTo(names(cityA));
    for (String table : tables) {
      assertThat(Files.readAllBytes(cityA.resolve(table)))
          .as(table)
          .isEqualTo(Files.readAllBytes(contract.resolve(table)));
    }
  }

  private Path run(String variant) {
    NightlyOutcome outcome =
        new NightlyRunner(SparkSessionFactory::forTests, false, StepHooks.NONE)
            .run(
                new NightlyRequest(
                    VARIANTS.resolve(variant),
                    out.resolve(variant),
                    "2026",
                    "2026-11-25",
                    null,
                    SettingsLoader.load(null),
                    null));
    assertThat(outcome.status()).as(outcome.message()).isEqualTo(NightlyOutcome.Status.COMPLETED);
    return out.resolve(variant).resolve("2026").resolve("tables");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
