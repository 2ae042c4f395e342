package org.govindex.jobs.compute.appraisal;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govindex.indicators.appraisal.AppraisalLevel;
import org.govindex.indicators.appraisal.AppraisalPolicy;

/**
 * The appraisal table (methodology §3): joins the subjective rows (S, interval, n_valid, 满意率) and
 * the objective scores O of each unit, then
 *
 * <ul>
 *   <li>{@code T = w·S + (1 − w)·O} with the level's subjective weight w of the policy (floors
 *       checked when the policy was loaded); null when S or O is null, then the unit is flagged
 *       {@code incomplete} (and {@code no_objective_score} when O is null) and gets no rank;
 *   <li>rank and grade per level by T ({@link AppraisalRanking}), with the policy's grade
 *       thresholds and optional 优秀 quota;
 *   <li>the unit's parent (a community's street, a street's district) and district type;
 *   <li>the change against the previous period's total when its table is given: {@code Δ = T −
 *       T_prev}, significant when {@code |Δ| > sqrt(h² + h_prev²)} where {@code h = w·(ci_high −
 *       ci_low)/2} is the half-width of the 95% interval of T implied by the bootstrap interval of
 *       S (O is an exact count, not a sample; the two survey waves are independent samples);
 *   <li>the 95% interval of the rank, {@code rank_low} and {@code rank_high}: percentiles of the
 *       unit's rank over the bootstrap replicates of T ({@link AppraisalRankIntervals}), null for
 *       unranked units.
 * </ul>
 */
public final class AppraisalTotals {

  /** Flag: S or O is missing, so T is null and the unit is unranked. */
  public static final String INCOMPLETE = "incomplete";

  /** Flag: no objective score (no indicator with a value and a weight). */
  public static final String NO_OBJECTIVE_SCORE = "no_objective_score";

  /** Columns added after the contract's columns, in order. */
  public static final List<String> EXTRA_COLUMNS =
      List.of(
          "parent_code",
          "parent_name",
          "district_type",
          "previous_total_score",
          "total_change",
          "change_significant",
          AppraisalRankIntervals.RANK_LOW,
          AppraisalRankIntervals.RANK_HIGH);

  private AppraisalTotals() {}

  /**
   * The appraisal table.
   *
   * @param subjective the subjective rows ({@link AppraisalColumns}, objective and total null)
   * @param subjectiveReplicates level, unit_code, s_replicates: the bootstrap replicates of S of
   *     every unit with a subjective score (see {@link AppraisalRankIntervals#compute})
   * @param objectiveScores level, unit_code, objective_score, n_indicators, flags
   * @param parents level, unit_code, parent_code, parent_name, district_type
   * @param previous the previous period's appraisal table (level, unit_code, total_score,
   *     subjective_weight, ci_low, ci_high), or null
   */
  public static Dataset<Row> compute(
      Dataset<Row> subjective,
      Dataset<Row> subjectiveReplicates,
      Dataset<Row> objectiveScores,
      Dataset<Row> parents,
      Dataset<Row> previous,
      AppraisalPolicy policy) {
    Column w = subjectiveWeight(policy);
    Column subjectiveFlags =
        array_remove(
            array_remove(split(col("flags"), AppraisalFlags.SEPARATOR), ""),
            AppraisalFlags.RANKED_BY_SUBJECTIVE);
    Dataset<Row> o =
        objectiveScores.select(
            col("level"),
            col("unit_code"),
            col("objective_score").as("_o"),
            col("flags").as("_o_flags"));
    Dataset<Row> joined =
        subjective
            .drop("objective_score", "total_score", "subjective_weight", "rank", "grade")
            .withColumn("_s_flags", subjectiveFlags)
            .drop("flags")
            .join(o, toSeq("level", "unit_code"), "left")
            .withColumn("objective_score", col("_o"))
            .withColumn("subjective_weight", w)
            .withColumn(
                "total_score",
                col("subjective_weight")
                    .multiply(col("subjective_score"))
                    .plus(
                        lit(1.0).minus(col("subjective_weight")).multiply(col("objective_score"))))
            .withColumn(
                "insufficient",
                array_contains(col("_s_flags"), AppraisalFlags.INSUFFICIENT_SAMPLE));
    Dataset<Row> ranked =
        AppraisalRanking.rankAndGrade(
            joined,
            "total_score",
            "insufficient",
            policy.gradeThresholds(),
            policy.excellentQuota());
    Dataset<Row> withIntervals = AppraisalRankIntervals.compute(ranked, subjectiveReplicates);
    Dataset<Row> withParents = withIntervals.join(parents, toSeq("level", "unit_code"), "left");
    Dataset<Row> withChange = change(withParents, previous);
    Column flags =
        concat_ws(
            AppraisalFlags.SEPARATOR,
            col("_s_flags"),
            when(col("total_score").isNull(), lit(INCOMPLETE)),
            when(col("objective_score").isNull(), lit(NO_OBJECTIVE_SCORE)),
            when(col("_o_flags").isNotNull().and(col("_o_flags").notEqual("")), col("_o_flags")),
            col("_quota_flag"));
    List<Column> out = new ArrayList<>();
    for (String name : AppraisalColumns.NAMES) {
      out.add(name.equals("flags") ? flags.as("flags") : col(name));
    }
    for (String name : EXTRA_COLUMNS) {
      out.add(col(name));
    }
    return withChange
        .select(out.toArray(Column[]::new))
        .orderBy(col("level"), coalesce(col("rank"), lit(Integer.MAX_VALUE)), col("unit_code"));
  }

  /**
   * Appends the survey-quality flags of a unit ({@code suspicious_survey} and its causes, from the
   * {@code survey_quality} table: level, unit_code, flags) to its appraisal flags, so that a
   * suspicious unit is visible for the analyst in the appraisal itself; its scores are unchanged.
   */
  public static Dataset<Row> withSurveyQualityFlags(Dataset<Row> appraisal, Dataset<Row> quality) {
    Dataset<Row> q =
        quality.select(col("level"), col("unit_code"), col("flags").as("_quality_flags"));
    String[] columns = appraisal.columns();
    Column[] out = new Column[columns.length];
    for (int i = 0; i < columns.length; i++) {
      out[i] =
          columns[i].equals("flags")
              ? concat_ws(
                      AppraisalFlags.SEPARATOR,
                      when(col("flags").notEqual(""), col("flags")),
                      when(col("_quality_flags").notEqual(""), col("_quality_flags")))
                  .as("flags")
              : col(columns[i]);
    }
    return appraisal
        .join(q, toSeq("level", "unit_code"), "left")
        .select(out)
        .orderBy(col("level"), coalesce(col("rank"), lit(Integer.MAX_VALUE)), col("unit_code"));
  }

  private static Dataset<Row> change(Dataset<Row> current, Dataset<Row> previous) {
    if (previous == null) {
      return current
          .withColumn("previous_total_score", lit(null).cast("double"))
          .withColumn("total_change", lit(null).cast("double"))
          .withColumn("change_significant", lit(null).cast("boolean"));
    }
    Dataset<Row> prev =
        previous.select(
            col("level"),
            col("unit_code"),
            col("total_score").cast("double").as("previous_total_score"),
            halfWidth(
                    col("subjective_weight").cast("double"),
                    col("ci_low").cast("double"),
                    col("ci_high").cast("double"))
                .as("_prev_h"));
    Column delta = col("total_score").minus(col("previous_total_score"));
    Column h = halfWidth(col("subjective_weight"), col("ci_low"), col("ci_high"));
    Column bound = sqrt(h.multiply(h).plus(col("_prev_h").multiply(col("_prev_h"))));
    return current
        .join(prev, toSeq("level", "unit_code"), "left")
        .withColumn("total_change", delta)
        .withColumn(
            "change_significant",
            when(delta.isNull().or(bound.isNull()), lit(null).cast("boolean"))
                .otherwise(abs(delta).gt(bound)));
  }

  /** Half-width of the 95% interval of T implied by that of S: w·(ci_high − ci_low)/2. */
  static Column halfWidth(Column w, Column ciLow, Column ciHigh) {
    return w.multiply(ciHigh.minus(ciLow)).divide(2.0);
  }

  private static Column subjectiveWeight(AppraisalPolicy policy) {
    return when(
            col("level").equalTo(AppraisalLevel.COMMUNITY.code()),
            lit(policy.subjectiveWeight(AppraisalLevel.COMMUNITY)))
        .when(
            col("level").equalTo(AppraisalLevel.STREET.code()),
            lit(policy.subjectiveWeight(AppraisalLevel.STREET)))
        .otherwise(lit(null).cast("double"));
  }

  static scala.collection.immutable.Seq<String> toSeq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }
}
