package org.govindex.jobs.compute.subjective;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govindex.jobs.compute.appraisal.AppraisalColumns;
import org.govindex.jobs.compute.appraisal.AppraisalFlags;
import org.govindex.jobs.compute.appraisal.AppraisalRanking;

/**
 * The appraisal rows of the subjective slice: one row per registered community and street, with S,
 * its interval, n_valid, 满意率, rank and grade. objective_score and total_score are null until the
 * objective scores exist; meanwhile rank and grade are by S and flagged {@link
 * AppraisalFlags#RANKED_BY_SUBJECTIVE}.
 */
public final class SubjectiveAppraisal {

  private SubjectiveAppraisal() {}

  /**
   * Rows of one level before ranking.
   *
   * @param units unit_code, unit_name of every registered unit of the level
   * @param counts unit_code, n_valid, satisfaction_rate
   * @param scores unit_code, subjective_score, ci_low, ci_high, missing_population (boolean)
   */
  public static Dataset<Row> levelRows(
      String level,
      Dataset<Row> units,
      Dataset<Row> counts,
      Dataset<Row> scores,
      int minSample,
      double subjectiveWeight,
      String period) {
    Column nValid = coalesce(col("n_valid"), lit(0L));
    return units
        .join(counts, "unit_code", "left")
        .join(scores, "unit_code", "left")
        .select(
            lit(period).as("period"),
            lit(level).as("level"),
            col("unit_code"),
            col("unit_name"),
            col("subjective_score"),
            lit(null).cast("double").as("objective_score"),
            lit(null).cast("double").as("total_score"),
            lit(subjectiveWeight).as("subjective_weight"),
            nValid.as("n_valid"),
            col("ci_low"),
            col("ci_high"),
            col("satisfaction_rate"),
            nValid.lt(minSample).as("insufficient"),
            coalesce(col("missing_population"), lit(false)).as("missing_population"));
  }

  /** Ranks and grades by S per level, composes the flags and selects the output columns. */
  public static Dataset<Row> finish(Dataset<Row> rows) {
    Dataset<Row> ranked = AppraisalRanking.rankAndGrade(rows, "subjective_score", "insufficient");
    Column flags =
        concat_ws(
            AppraisalFlags.SEPARATOR,
            when(col("n_valid").equalTo(0), lit(AppraisalFlags.NO_SURVEY)),
            when(col("insufficient"), lit(AppraisalFlags.INSUFFICIENT_SAMPLE)),
            when(
                col("n_valid").gt(0).and(col("subjective_score").isNull()),
                lit(AppraisalFlags.NO_SUBJECTIVE_SCORE)),
            when(col("missing_population"), lit(AppraisalFlags.MISSING_POPULATION)),
            when(col("rank").isNotNull(), lit(AppraisalFlags.RANKED_BY_SUBJECTIVE)));
    return ranked
        .withColumn("flags", flags)
        .select(AppraisalColumns.NAMES.stream().map(c -> col(c)).toArray(Column[]::new));
  }
}
