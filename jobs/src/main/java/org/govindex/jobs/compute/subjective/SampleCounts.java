package org.govindex.jobs.compute.subjective;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govindex.indicators.survey.ItemLevel;

/**
 * n_valid and 满意率 per unit (methodology §1).
 *
 * <p>n_valid = number of valid responses of the unit (a street: of its communities). 满意率 = (scored
 * answers with a score at least that of 基本满意, i.e. 非常满意, 满意, 基本满意) / (all scored answers), pooled
 * over the community items of the unit's valid responses; street items never enter it. It is null
 * when the unit has no scored community-item answer.
 */
public final class SampleCounts {

  private SampleCounts() {}

  /**
   * Columns: {@code unitColumn}, n_valid (long), satisfaction_rate (double, nullable).
   *
   * @param unitColumn {@code community_code} or {@code street_code}
   * @param satisfiedThreshold lowest score that counts as satisfied (基本满意's score)
   */
  public static Dataset<Row> perUnit(
      SurveyAnswers survey, String unitColumn, double satisfiedThreshold) {
    Dataset<Row> valid =
        survey.respondents().groupBy(col(unitColumn)).agg(count(lit(1)).as("n_valid"));
    Dataset<Row> rates =
        survey
            .answers()
            .filter(col("item_level").equalTo(ItemLevel.COMMUNITY.code()))
            .groupBy(col(unitColumn))
            .agg(
                count(col("score")).as("scored"),
                count(when(col("score").geq(satisfiedThreshold), lit(1))).as("satisfied"))
            .select(
                col(unitColumn),
                when(
                        col("scored").gt(0),
                        col("satisfied").cast("double").divide(col("scored").cast("double")))
                    .as("satisfaction_rate"));
    return valid.join(rates, unitColumn, "left");
  }
}
