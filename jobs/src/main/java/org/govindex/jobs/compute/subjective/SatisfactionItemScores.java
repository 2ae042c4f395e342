package org.govindex.jobs.compute.subjective;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govindex.indicators.survey.ItemLevel;

/**
 * The {@code satisfaction_items} table: per unit and item, score = mean of the scored answers,
 * n_scored = number of scored answers, n_dont_know = number of 不了解 answers (methodology §1).
 * Community items are reported per community (over its valid respondents), street items per street
 * (over the respondents of its communities). One aggregation per level covers all items.
 */
public final class SatisfactionItemScores {

  private SatisfactionItemScores() {}

  /** Columns: period, level, unit_code, item_code, score, n_scored, n_dont_know. */
  public static Dataset<Row> compute(SurveyAnswers survey, String period) {
    return perUnit(survey.answers(), ItemLevel.COMMUNITY, "community_code", period)
        .unionByName(perUnit(survey.answers(), ItemLevel.STREET, "street_code", period));
  }

  private static Dataset<Row> perUnit(
      Dataset<Row> answers, ItemLevel level, String unitColumn, String period) {
    return answers
        .filter(col("item_level").equalTo(level.code()))
        .groupBy(col(unitColumn), col("item_code"))
        .agg(
            avg(col("score")).as("score"),
            count(col("score")).as("n_scored"),
            count(when(col("dont_know"), lit(1))).as("n_dont_know"))
        .select(
            lit(period).as("period"),
            lit(level.code()).as("level"),
            col(unitColumn).as("unit_code"),
            col("item_code"),
            col("score"),
            col("n_scored"),
            col("n_dont_know"));
  }
}
