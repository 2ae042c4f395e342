package org.govindex.jobs.compute.subjective;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The ingested datasets the subjective scores read (docs/datasets.md). Every resident response in
 * {@code responses} is valid: rejected responses never reach a dataset.
 *
 * @param responses {@code resident_responses} (response_id, community_code, ...)
 * @param answers {@code resident_answers} (response_id, item_code, item_level, answer, score,
 *     dont_know, skipped)
 * @param communities {@code communities} (community_code, community_name, street_code, population,
 *     ...)
 * @param streets {@code streets} (street_code, street_name, district_code)
 * @param districts {@code districts} (district_code, district_name, district_type, central)
 */
public record IngestedData(
    Dataset<Row> responses,
    Dataset<Row> answers,
    Dataset<Row> communities,
    Dataset<Row> streets,
    Dataset<Row> districts) {

  public IngestedData {
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(communities, "communities");
    Objects.requireNonNull(streets, "streets");
    Objects.requireNonNull(districts, "districts");
  }

  /** Reads the Parquet datasets {@code <ingestedDir>/<dataset>/} written by ingestion. */
  public static IngestedData readParquet(SparkSession spark, Path ingestedDir) {
    return new IngestedData(
        spark.read().parquet(ingestedDir.resolve("resident_responses").toString()),
        spark.read().parquet(ingestedDir.resolve("resident_answers").toString()),
        spark.read().parquet(ingestedDir.resolve("communities").toString()),
        spark.read().parquet(ingestedDir.resolve("streets").toString()),
        spark.read().parquet(ingestedDir.resolve("districts").toString()));
  }
}
