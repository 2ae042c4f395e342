package org.govindex.jobs.compute.department;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govindex.jobs.compute.appraisal.AppraisalRanking;

/**
 * The {@code department_rating} rows: one per registered department.
 *
 * <ul>
 *   <li>Total {@code T = w_d·S + (1 − w_d)·O} (methodology §4); null when S or O is missing, with
 *       {@link DepartmentFlags#NO_SATISFACTION_SCORE} / {@link DepartmentFlags#NO_OBJECTIVE_SCORE},
 *       and then unranked.
 *   <li>Rank and grade by {@link AppraisalRanking}: descending T, totals within 1e-9 share the
 *       smallest rank; 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格.
 *   <li>The same total and rank with the rater-standardised satisfaction ({@code *_standardised})
 *       and with equal group weights ({@code *_equal_weights}), same w_d and O.
 * </ul>
 */
final class DepartmentTotals {

  private DepartmentTotals() {}

  /**
   * @param departments the registry (department_code, department_name)
   * @param raw {@link GroupWeighting} output on raw rater scores, configured weights
   * @param standardised {@link GroupWeighting} output on standardised scores, configured weights
   * @param equalWeights {@link GroupWeighting} output on raw scores, equal weights
   * @param straightliners department_code, n_straightliners
   * @param objective department_code, objective_score, objective_flags
   */
  static Dataset<Row> compute(
      Dataset<Row> departments,
      Dataset<Row> raw,
      Dataset<Row> standardised,
      Dataset<Row> equalWeights,
      Dataset<Row> straightliners,
      Dataset<Row> objective,
      DepartmentRatingSettings settings) {
    List<Column> standardisedGroups = new ArrayList<>(List.of(col("department_code")));
    for (RaterGroup group : RaterGroup.values()) {
      standardisedGroups.add(col(group.scoreColumn()).as("_std_" + group.code()));
    }
    standardisedGroups.add(col("satisfaction").as("satisfaction_score_standardised"));
    Dataset<Row> joined =
        departments
            .select("department_code", "department_name")
            .join(
                raw.withColumnRenamed("satisfaction", "satisfaction_score"),
                "department_code",
                "left")
            .join(
                standardised.select(standardisedGroups.toArray(Column[]::new)),
                "department_code",
                "left")
            .join(
                equalWeights.select(
                    col("department_code"),
                    col("satisfaction").as("satisfaction_score_equal_weights")),
                "department_code",
                "left")
            .join(straightliners, "department_code", "left")
            .join(objective, "department_code", "left");

    double w = settings.satisfactionWeight();
    Dataset<Row> totals =
        joined
            .withColumn("total_score", total(col("satisfaction_score"), w))
            .withColumn(
                "total_score_standardised", total(col("satisfaction_score_standardised"), w))
            .withColumn(
                "total_score_equal_weights", total(col("satisfaction_score_equal_weights"), w))
            .withColumn("flags", flags())
            .withColumn("level", lit("department"))
            .withColumn("unit_code", col("department_code"))
            .withColumn("_unrankable", lit(false));

    Dataset<Row> ranked = rank(totals, "total_score_standardised", "rank_standardised");
    ranked = rank(ranked, "total_score_equal_weights", "rank_equal_weights");
    ranked = AppraisalRanking.rankAndGrade(ranked, "total_score", "_unrankable");

    List<Column> out = new ArrayList<>();
    for (String name : DepartmentColumns.DEPARTMENT_RATING) {
      out.add(column(name, settings));
    }
    return ranked.select(out.toArray(Column[]::new)).orderBy(col("department_code"));
  }

  private static Column column(String name, DepartmentRatingSettings settings) {
    return switch (name) {
      case "period" -> lit(settings.period()).as(name);
      case "satisfaction_weight" -> lit(settings.satisfactionWeight()).as(name);
      case "n_raters", "n_straightliners" -> coalesce(col(name), lit(0L)).as(name);
      default ->
          Arrays.stream(RaterGroup.values()).anyMatch(g -> g.countColumn().equals(name))
              ? coalesce(col(name), lit(0L)).as(name)
              : col(name);
    };
  }

  private static Dataset<Row> rank(Dataset<Row> rows, String scoreColumn, String rankColumn) {
    return AppraisalRanking.rankAndGrade(rows, scoreColumn, "_unrankable")
        .withColumnRenamed("rank", rankColumn)
        .drop("grade");
  }

  private static Column total(Column satisfaction, double w) {
    Column objective = col("objective_score");
    return when(
        satisfaction.isNotNull().and(objective.isNotNull()),
        satisfaction.multiply(w).plus(objective.multiply(1.0 - w)));
  }

  private static Column flags() {
    List<Column> parts = new ArrayList<>();
    parts.add(when(coalesce(col("n_raters"), lit(0L)).equalTo(0L), lit(DepartmentFlags.NO_RATING)));
    parts.add(nonEmpty(col("group_flags")));
    parts.add(when(col("satisfaction_score").isNull(), lit(DepartmentFlags.NO_SATISFACTION_SCORE)));
    parts.add(when(col("objective_score").isNull(), lit(DepartmentFlags.NO_OBJECTIVE_SCORE)));
    for (RaterGroup group : RaterGroup.values()) {
      parts.add(
          when(
              col(group.scoreColumn()).isNotNull().and(col("_std_" + group.code()).isNull()),
              lit(DepartmentFlags.STANDARDISED_GROUP_DROPPED + ":" + group.label())));
    }
    parts.add(nonEmpty(col("objective_flags")));
    return concat_ws(DepartmentFlags.SEPARATOR, parts.toArray(Column[]::new));
  }

  private static Column nonEmpty(Column text) {
    return when(text.isNotNull().and(length(text).gt(0)), text);
  }
}
