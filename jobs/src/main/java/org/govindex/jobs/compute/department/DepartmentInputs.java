package org.govindex.jobs.compute.department;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The ingested datasets the department rating reads (docs/datasets.md). Rejected ratings never
 * reach them; ingestion already kept only the latest rating of a rater (phone) for a department.
 *
 * @param ratings {@code department_ratings}: rating_id, rater_type, rater_street_code,
 *     department_code, phone_hash, ...
 * @param answers {@code department_answers}: rating_id, item_code, answer, score, dont_know,
 *     skipped
 * @param departments {@code departments}: department_code, department_name, district_code
 * @param streets {@code streets}: street_code, street_name, district_code
 */
public record DepartmentInputs(
    Dataset<Row> ratings, Dataset<Row> answers, Dataset<Row> departments, Dataset<Row> streets) {

  public DepartmentInputs {
    Objects.requireNonNull(ratings, "ratings");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(departments, "departments");
    Objects.requireNonNull(streets, "streets");
  }

  /** Reads the Parquet datasets {@code <ingestedDir>/<dataset>/} written by ingestion. */
  public static DepartmentInputs readParquet(SparkSession spark, Path ingestedDir) {
    return new DepartmentInputs(
        read(spark, ingestedDir, "department_ratings"),
        read(spark, ingestedDir, "department_answers"),
        read(spark, ingestedDir, "departments"),
        read(spark, ingestedDir, "streets"));
  }

  private static Dataset<Row> read(SparkSession spark, Path dir, String dataset) {
    return spark.read().parquet(dir.resolve(dataset).toString());
  }
}
