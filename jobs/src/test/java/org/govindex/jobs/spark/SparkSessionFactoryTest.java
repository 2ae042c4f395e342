package org.govindex.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shuffle partitions sized to the drop: one per 64 MiB, at least 2, unless configured. */
class SparkSessionFactoryTest {

  private static final long MIB = 1024L * 1024;

  @Test
  void givenNoSettingWhenSizedThenOnePartitionPer64MibAndAtLeastTwo() {
    assertThat(partitions(Map.of(), 1_070_057)).isEqualTo("2");
    assertThat(partitions(Map.of(), 64 * MIB)).isEqualTo("2");
    assertThat(partitions(Map.of(), 64 * MIB * 3)).isEqualTo("3");
    assertThat(partitions(Map.of(), 64 * MIB * 3 + 1)).isEqualTo("4");
    // the city drop of the benchmark (631.6 MB) and a province (ten times that)
    assertThat(partitions(Map.of(), 631_600_000L)).isEqualTo("10");
    assertThat(partitions(Map.of(), 6_316_000_000L)).isEqualTo("95");
  }

  @Test
  void givenAConfiguredValueWhenSizedThenItIsKept() {
    assertThat(partitions(Map.of("spark.sql.shuffle.partitions", "400"), 10 * MIB))
        .isEqualTo("400");
  }

  private static String partitions(Map<String, String> settings, long bytes) {
    return SparkSessionFactory.sizedTo(settings, bytes).get("spark.sql.shuffle.partitions");
  }
}
