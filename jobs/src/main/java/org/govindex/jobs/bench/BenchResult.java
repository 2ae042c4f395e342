package org.govindex.jobs.bench;

import java.util.List;
import org.govindex.jobs.nightly.StepTime;

/**
 * What one {@code bench nightly} run measured.
 *
 * @param scale small, city, province, or {@code drop} for a given drop
 * @param drop the drop folder
 * @param inputBytes the size of the drop's files
 * @param rowsRead the data rows read (the manifest's rows_read, summed)
 * @param cores available processors
 * @param nightlySeconds the nightly job's wall time (Spark session already started)
 * @param steps each step's wall time
 * @param peakRssBytes the process's peak resident set (VmHWM), benchmark included
 * @param aggregations the core aggregations against DuckDB
 * @param loadBefore the load averages (1, 5, 15 min) when it started
 * @param loadAfter the load averages when it ended
 */
public record BenchResult(
    String scale,
    String drop,
    long inputBytes,
    long rowsRead,
    int cores,
    double nightlySeconds,
    List<StepTime> steps,
    long peakRssBytes,
    List<Aggregation> aggregations,
    String loadBefore,
    String loadAfter) {

  public BenchResult {
    steps = List.copyOf(steps);
    aggregations = List.copyOf(aggregations);
  }

  /** The ingestion step's throughput: MB (10^6 bytes) of input per second per core. */
  public double ingestMegabytesPerSecondPerCore() {
    double seconds = NightlyBenchmark.seconds(steps, "ingest");
    return inputBytes / 1e6 / seconds / cores;
  }

  public double stepSeconds(String prefix) {
    return NightlyBenchmark.seconds(steps, prefix);
  }
}
