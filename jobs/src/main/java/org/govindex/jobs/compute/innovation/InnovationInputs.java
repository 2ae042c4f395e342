package org.govindex.jobs.compute.innovation;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.jobs.compute.objective.ObjectiveInputs;
import org.govindex.jobs.compute.subjective.IngestedData;

/**
 * The ingested datasets the innovation index and the awards read (docs/datasets.md).
 *
 * @param objective hotline orders, mediation, facts and registry (as the objective indicators read
 *     them)
 * @param survey resident responses and answers with the registry
 * @param projects {@code projects}
 */
public record InnovationInputs(
    ObjectiveInputs objective, IngestedData survey, Dataset<Row> projects) {

  public InnovationInputs {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(projects, "projects");
  }

  /** Reads the Parquet datasets {@code <ingestedDir>/<dataset>/} written by ingestion. */
  public static InnovationInputs readParquet(SparkSession spark, Path ingestedDir) {
    return new InnovationInputs(
        ObjectiveInputs.readParquet(spark, ingestedDir),
        IngestedData.readParquet(spark, ingestedDir),
        spark.read().parquet(ingestedDir.resolve("projects").toString()));
  }
}
