package org.govindex.jobs.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the one Spark session of a run. Defaults suit a single machine (local[*], bound to
 * 127.0.0.1, UI off); every {@code spark.*} key of the configuration overrides them, so the same
 * jobs run on a cluster by setting {@code spark.master}.
 */
public final class SparkSessionFactory {

  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  static final long BYTES_PER_SHUFFLE_PARTITION = 64L * 1024 * 1024;
  static final int MIN_SHUFFLE_PARTITIONS = 2;

  private SparkSessionFactory() {}

  /** The defaults every session gets before overrides. */
  public static Map<String, String> defaults() {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.master", "local[*]");
    conf.put("spark.app.name", "govindex");
    conf.put("spark.driver.bindAddress", "127.0.0.1");
    conf.put("spark.driver.host", "127.0.0.1");
    conf.put("spark.ui.enabled", "false");
    conf.put("spark.ui.showConsoleProgress", "false");
    conf.put("spark.sql.session.timeZone", "Asia/Shanghai");
    // GB18030/GBK exports: Spark 4 only accepts non-standard charsets with this flag.
    conf.put("spark.sql.legacy.javaCharsets", "true");
    conf.put("spark.sql.parquet.compression.codec", "snappy");
    // timestamps as int64 microseconds adjusted to UTC (not the deprecated INT96), as the tables
    // written in plain Java (ParquetTables) and by the file tasks (RowParquetFile) store them
    conf.put("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    return conf;
  }

  /** A session with the defaults, then the overrides applied. */
  public static SparkSession create(Map<String, String> overrides) {
    Map<String, String> conf = defaults();
    conf.putAll(overrides);
    SparkSession.Builder builder = SparkSession.builder();
    conf.forEach(builder::config);
    return builder.getOrCreate();
  }

  /**
   * The settings with {@code spark.sql.shuffle.partitions} sized to the input when they do not set
   * it: one partition per {@value #BYTES_PER_SHUFFLE_PARTITION} bytes of input, at least {@value
   * #MIN_SHUFFLE_PARTITIONS} (a 1 MB drop: 2 tasks per shuffle instead of Spark's 200; a 630 MB
   * city drop: 10; a 6.3 GB province drop: 95, which a cluster's executors share).
   */
  public static Map<String, String> sizedTo(Map<String, String> settings, long inputBytes) {
    if (settings.containsKey(SHUFFLE_PARTITIONS)) {
      return settings;
    }
    Map<String, String> sized = new LinkedHashMap<>(settings);
    long partitions =
        Math.max(
            MIN_SHUFFLE_PARTITIONS,
            (inputBytes + BYTES_PER_SHUFFLE_PARTITION - 1) / BYTES_PER_SHUFFLE_PARTITION);
    sized.put(SHUFFLE_PARTITIONS, Long.toString(partitions));
    return sized;
  }

  /** A small session for tests: two local threads, two shuffle partitions. */
  public static SparkSession forTests() {
    return create(Map.of("spark.master", "local[2]", SHUFFLE_PARTITIONS, "2"));
  }
}
