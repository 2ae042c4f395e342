package org.govindex.jobs.bench;

import java.util.List;

/**
 * One core aggregation timed in govindex (its Spark reduction) and in DuckDB over the same Parquet.
 *
 * @param name what is aggregated
 * @param groups the number of result groups
 * @param govindexColdSeconds govindex, first pass
 * @param govindexWarmSeconds govindex, second pass
 * @param duckdbColdSeconds DuckDB, first pass
 * @param duckdbWarmSeconds DuckDB, second pass
 * @param differences the groups where the two disagree (empty: the same values)
 */
public record Aggregation(
    String name,
    long groups,
    double govindexColdSeconds,
    double govindexWarmSeconds,
    double duckdbColdSeconds,
    double duckdbWarmSeconds,
    List<String> differences) {

  public Aggregation {
    differences = List.copyOf(differences);
  }

  /** govindex's warm time over DuckDB's warm time. */
  @com.fasterxml.jackson.annotation.JsonProperty("warm_ratio")
  public double warmRatio() {
    return govindexWarmSeconds / duckdbWarmSeconds;
  }

  @com.fasterxml.jackson.annotation.JsonProperty("same_values")
  public boolean same() {
    return differences.isEmpty();
  }
}
