package org.govindex.jobs.compute.department;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Entry point of the dual-direction department rating (双向考评, methodology §4); see
 * docs/department-rating.md for the method in plain words.
 *
 * <ol>
 *   <li>Rater scores: {@link RaterScores}; rater effects (standardised score, straight-liners):
 *       {@link RaterStandardisation}.
 *   <li>Group scores, minimum raters and satisfaction with renormalised weights: {@link
 *       GroupWeighting}, three times: raw scores with the configured weights, standardised scores
 *       with the configured weights, raw scores with equal weights.
 *   <li>Totals, ranks and grades: {@link DepartmentTotals}.
 *   <li>The street × department matrix ({@link DepartmentStreetMatrix}), the rater-effect counts
 *       ({@link RaterFlagCounts}) and how each street rated ({@link StreetRatingGiven}).
 * </ol>
 *
 * The rater table is persisted (it feeds every table); nothing is collected to the driver.
 */
public final class DepartmentRating {

  private DepartmentRating() {}

  /**
   * Computes the four department tables.
   *
   * @param spark the run's session (the tables are lazy Datasets of it; taken for symmetry with the
   *     other compute entry points)
   * @param inputs the ingested department ratings, answers and registries
   * @param settings period, group weights, minimum raters, w_d
   * @param departmentObjective the objective scores of {@code ObjectiveScoring} ({@code
   *     ObjectiveTables.objectiveScores()}: level, unit_code, objective_score, ..., flags); rows of
   *     another level than {@code department} are ignored, a department without row gets no
   *     objective score
   */
  public static DepartmentTables compute(
      SparkSession spark,
      DepartmentInputs inputs,
      DepartmentRatingSettings settings,
      Dataset<Row> departmentObjective) {
    Dataset<Row> raters =
        RaterStandardisation.apply(RaterScores.compute(inputs.ratings(), inputs.answers()))
            .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> raw =
        GroupWeighting.satisfaction(
            raters, "rater_score", settings.groupWeights(), settings.minimumRaters());
    Dataset<Row> standardised =
        GroupWeighting.satisfaction(
            raters, "rater_score_standardised", settings.groupWeights(), settings.minimumRaters());
    Dataset<Row> equal =
        GroupWeighting.satisfaction(
            raters,
            "rater_score",
            DepartmentRatingSettings.equalWeights(),
            settings.minimumRaters());
    Dataset<Row> straightliners =
        raters
            .groupBy(col("department_code"))
            .agg(RaterFlagCounts.countTrue(col("straightliner")).as("n_straightliners"));

    Dataset<Row> rating =
        DepartmentTotals.compute(
            inputs.departments(),
            raw,
            standardised,
            equal,
            straightliners,
            objective(departmentObjective),
            settings);
    return new DepartmentTables(
        rating,
        DepartmentStreetMatrix.compute(
            raters, inputs.streets(), inputs.departments(), settings.period()),
        RaterFlagCounts.compute(raters, inputs.departments(), settings.period()),
        StreetRatingGiven.compute(raters, inputs.streets(), settings.period()));
  }

  /** department_code, objective_score, objective_flags of the department rows. */
  static Dataset<Row> objective(Dataset<Row> objectiveScores) {
    boolean hasLevel = Arrays.asList(objectiveScores.columns()).contains("level");
    boolean hasFlags = Arrays.asList(objectiveScores.columns()).contains("flags");
    Dataset<Row> rows =
        hasLevel ? objectiveScores.where(col("level").equalTo("department")) : objectiveScores;
    Column flags = hasFlags ? col("flags") : lit(null).cast("string");
    return rows.select(
        col("unit_code").as("department_code"),
        col("objective_score").cast("double").as("objective_score"),
        flags.as("objective_flags"));
  }
}
