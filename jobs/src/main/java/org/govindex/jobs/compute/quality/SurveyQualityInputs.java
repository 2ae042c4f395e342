package org.govindex.jobs.compute.quality;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.jobs.ingest.ResidentResponseMeta;

/**
 * The ingested datasets the survey-quality table reads (docs/datasets.md).
 *
 * @param responseMeta {@code resident_response_meta}: one row per resident-survey row whose
 *     community resolved, accepted or rejected: response_id, submitted_at, ip_hash, community_code,
 *     reason_code (null when accepted), ...
 * @param answers {@code resident_answers}: response_id, item_code, item_level, answer, score,
 *     dont_know, skipped (accepted responses only)
 * @param communities {@code communities}: community_code, street_code, ...
 * @param streets {@code streets}: street_code, ...
 */
public record SurveyQualityInputs(
    Dataset<Row> responseMeta,
    Dataset<Row> answers,
    Dataset<Row> communities,
    Dataset<Row> streets) {

  public SurveyQualityInputs {
    Objects.requireNonNull(responseMeta, "responseMeta");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(communities, "communities");
    Objects.requireNonNull(streets, "streets");
  }

  /** Reads the Parquet datasets {@code <ingestedDir>/<dataset>/} written by ingestion. */
  public static SurveyQualityInputs readParquet(SparkSession spark, Path ingestedDir) {
    return new SurveyQualityInputs(
        read(spark, ingestedDir, ResidentResponseMeta.DATASET),
        read(spark, ingestedDir, "resident_answers"),
        read(spark, ingestedDir, "communities"),
        read(spark, ingestedDir, "streets"));
  }

  private static Dataset<Row> read(SparkSession spark, Path dir, String dataset) {
    return spark.read().parquet(dir.resolve(dataset).toString());
  }
}
