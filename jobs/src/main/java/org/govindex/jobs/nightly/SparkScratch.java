package org.govindex.jobs.nightly;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spark's scratch space (shuffle and spill files) of the runs of an output folder: {@code
 * OUT/.work/spark-scratch/}, emptied when a run starts, so that a killed run leaves nothing behind
 * for long. A {@code spark.local.dir} of the configuration wins.
 */
public final class SparkScratch {

  private SparkScratch() {}

  public static Path dir(Path out) {
    return out.toAbsolutePath().resolve(".work").resolve("spark-scratch");
  }

  /** The Spark settings of a run: the configuration's, with the scratch folder by default. */
  public static Map<String, String> settings(Map<String, String> configured, Path out) {
    Map<String, String> conf = new LinkedHashMap<>(configured);
    conf.putIfAbsent("spark.local.dir", dir(out).toString());
    return conf;
  }
}
