package org.govindex.jobs.compute.objective;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The ingested datasets the objective indicators read (docs/datasets.md). Rejected rows never reach
 * them, so every code refers to a registered unit.
 *
 * @param hotlineOrders {@code hotline_orders}
 * @param mediationCases {@code mediation_cases}
 * @param mediationSummary {@code mediation_summary}
 * @param communityFacts {@code community_facts}
 * @param streetFacts {@code street_facts}
 * @param communities {@code communities}
 * @param streets {@code streets}
 * @param districts {@code districts}
 * @param departments {@code departments}
 */
public record ObjectiveInputs(
    Dataset<Row> hotlineOrders,
    Dataset<Row> mediationCases,
    Dataset<Row> mediationSummary,
    Dataset<Row> communityFacts,
    Dataset<Row> streetFacts,
    Dataset<Row> communities,
    Dataset<Row> streets,
    Dataset<Row> districts,
    Dataset<Row> departments) {

  public ObjectiveInputs {
    Objects.requireNonNull(hotlineOrders, "hotlineOrders");
    Objects.requireNonNull(mediationCases, "mediationCases");
    Objects.requireNonNull(mediationSummary, "mediationSummary");
    Objects.requireNonNull(communityFacts, "communityFacts");
    Objects.requireNonNull(streetFacts, "streetFacts");
    Objects.requireNonNull(communities, "communities");
    Objects.requireNonNull(streets, "streets");
    Objects.requireNonNull(districts, "districts");
    Objects.requireNonNull(departments, "departments");
  }

  /** Reads the Parquet datasets {@code <ingestedDir>/<dataset>/} written by ingestion. */
  public static ObjectiveInputs readParquet(SparkSession spark, Path ingestedDir) {
    return new ObjectiveInputs(
        read(spark, ingestedDir, "hotline_orders"),
        read(spark, ingestedDir, "mediation_cases"),
        read(spark, ingestedDir, "mediation_summary"),
        read(spark, ingestedDir, "community_facts"),
        read(spark, ingestedDir, "street_facts"),
        read(spark, ingestedDir, "communities"),
        read(spark, ingestedDir, "streets"),
        read(spark, ingestedDir, "districts"),
        read(spark, ingestedDir, "departments"));
  }

  private static Dataset<Row> read(SparkSession spark, Path dir, String dataset) {
    return spark.read().parquet(dir.resolve(dataset).toString());
  }
}
