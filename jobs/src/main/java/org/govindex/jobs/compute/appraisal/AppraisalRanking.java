package org.govindex.jobs.compute.appraisal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.govindex.indicators.appraisal.GradeThresholds;

/**
 * Rank and grade per level (methodology §3).
 *
 * <p>Ranked units: those with a score and without the insufficient-sample mark. They are ordered by
 * descending score (then unit_code); a unit whose score is within {@link #TIE_TOLERANCE} of the
 * previous unit's score shares that unit's rank, which is the smallest rank of the tie group (1, 2,
 * 2, 4). Tie groups chain: each member is within the tolerance of its predecessor.
 *
 * <p>Grades: 样本不足 for units below the minimum sample; otherwise {@link Grade#of(double)} of the
 * score, null when the score is null. The score column is the total T once it exists; in the
 * subjective slice it is S.
 */
public final class AppraisalRanking {

  /** Scores closer than this are equal. */
  public static final double TIE_TOLERANCE = 1e-9;

  private AppraisalRanking() {}

  /**
   * Adds {@code rank} (int, null when not ranked) and {@code grade} (string).
   *
   * @param rows one row per unit with columns level, unit_code, the score and the mark
   * @param scoreColumn the column ranked on (descending)
   * @param insufficientColumn boolean column, true when the unit is below the minimum sample
   */
  public static Dataset<Row> rankAndGrade(
      Dataset<Row> rows, String scoreColumn, String insufficientColumn) {
    return rankAndGrade(
            rows,
            scoreColumn,
            insufficientColumn,
            GradeThresholds.DEFAULT,
            java.util.OptionalDouble.empty())
        .drop(GRADE_FLAG);
  }

  /** Flag of a unit demoted from 优秀 to 良好 by the quota. */
  public static final String EXCELLENT_QUOTA_DEMOTED = "excellent_quota_demoted";

  /** Column added by the quota-aware variant: {@link #EXCELLENT_QUOTA_DEMOTED} or null. */
  public static final String GRADE_FLAG = "_quota_flag";

  /**
   * Adds {@code rank}, {@code grade} with the given thresholds and, when {@code excellentQuota} is
   * set, the quota: at most {@code floor(quota · n)} of the level's n ranked units keep 优秀. Units
   * are counted in rank order and a tie group is never split: a 优秀 unit keeps its grade only when
   * the number of ranked units with a rank ≤ its own (its whole tie group included) is within the
   * cap; the others are demoted to 良好 and flagged {@link #EXCELLENT_QUOTA_DEMOTED} in column {@link
   * #GRADE_FLAG}.
   */
  public static Dataset<Row> rankAndGrade(
      Dataset<Row> rows,
      String scoreColumn,
      String insufficientColumn,
      GradeThresholds thresholds,
      java.util.OptionalDouble excellentQuota) {
    Dataset<Row> ranked = rankAndGradeUncapped(rows, scoreColumn, insufficientColumn, thresholds);
    if (excellentQuota.isEmpty()) {
      return ranked.withColumn(GRADE_FLAG, lit(null).cast("string"));
    }
    WindowSpec level = Window.partitionBy(col("level"));
    WindowSpec byRank =
        Window.partitionBy(col("level"))
            .orderBy(col("rank").asc())
            .rangeBetween(Window.unboundedPreceding(), Window.currentRow());
    Column excellent = lit("优秀");
    Column demote =
        col("rank")
            .isNotNull()
            .and(col("grade").equalTo(excellent))
            .and(col("_upto").gt(col("_allowed")));
    return ranked
        .withColumn(
            "_allowed",
            org.apache.spark.sql.functions.floor(
                count(col("rank")).over(level).multiply(excellentQuota.getAsDouble() + 1e-12)))
        .withColumn("_upto", count(col("rank")).over(byRank))
        .withColumn(GRADE_FLAG, when(demote, lit(EXCELLENT_QUOTA_DEMOTED)))
        .withColumn("grade", when(demote, lit("良好")).otherwise(col("grade")))
        .drop("_allowed", "_upto");
  }

  private static Dataset<Row> rankAndGradeUncapped(
      Dataset<Row> rows,
      String scoreColumn,
      String insufficientColumn,
      GradeThresholds thresholds) {
    Column score = col(scoreColumn);
    Column rankable = score.isNotNull().and(col(insufficientColumn).equalTo(false));
    WindowSpec order =
        Window.partitionBy(col("level"), col("_rankable"))
            .orderBy(score.desc_nulls_last(), col("unit_code").asc());
    Dataset<Row> ordered =
        rows.withColumn("_rankable", rankable)
            .withColumn("_position", row_number().over(order))
            .withColumn("_previous", lag(score, 1).over(order))
            .withColumn(
                "_starts_group",
                when(
                        col("_previous")
                            .isNull()
                            .or(col("_previous").minus(score).gt(TIE_TOLERANCE)),
                        lit(1))
                    .otherwise(lit(0)))
            .withColumn(
                "_group",
                sum(col("_starts_group"))
                    .over(order.rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
    Dataset<Row> ranked =
        ordered.withColumn(
            "rank",
            when(
                    col("_rankable"),
                    min(col("_position"))
                        .over(Window.partitionBy(col("level"), col("_rankable"), col("_group"))))
                .cast("int"));
    return ranked
        .withColumn("grade", grade(score, col(insufficientColumn), thresholds))
        .drop("_rankable", "_position", "_previous", "_starts_group", "_group");
  }

  private static Column grade(Column score, Column insufficient, GradeThresholds t) {
    Column byScore =
        when(score.geq(t.excellent()), lit("优秀"))
            .when(score.geq(t.good()), lit("良好"))
            .when(score.geq(t.pass()), lit("合格"))
            .otherwise(lit("不合格"));
    return when(insufficient, lit(Grade.INSUFFICIENT_SAMPLE.label()))
        .when(score.isNull(), lit(null).cast("string"))
        .otherwise(byScore);
  }
}
