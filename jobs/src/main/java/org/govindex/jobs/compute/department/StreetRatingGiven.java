package org.govindex.jobs.compute.department;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How each street rated the departments: the other direction of 双向考评, to sit beside the street's
 * own appraisal (methodology §3-§4). One row per registered street:
 *
 * <ul>
 *   <li>{@code n_raters}: distinct raters (pseudonymised phones) of the street;
 *   <li>{@code mean_score_given}: mean of the rater scores of all its ratings (rater × department;
 *       null when it rated nothing);
 *   <li>{@code n_departments_rated}: distinct departments its raters rated;
 *   <li>{@code n_ratings}: its ratings with a score.
 * </ul>
 */
final class StreetRatingGiven {

  private StreetRatingGiven() {}

  static Dataset<Row> compute(Dataset<Row> raters, Dataset<Row> streets, String period) {
    Dataset<Row> given =
        raters
            .where(col("rater_score").isNotNull())
            .groupBy(col("rater_street_code").as("street_code"))
            .agg(
                countDistinct(col("rater_id")).as("n_raters"),
                OrderedMean.of(collect_list(col("rater_score"))).as("mean_score_given"),
                countDistinct(col("department_code")).as("n_departments_rated"),
                count(lit(1)).as("n_ratings"));
    return streets
        .select("street_code", "street_name")
        .join(given, "street_code", "left")
        .select(
            lit(period).as("period"),
            col("street_code"),
            col("street_name"),
            coalesce(col("n_raters"), lit(0L)).as("n_raters"),
            col("mean_score_given"),
            coalesce(col("n_departments_rated"), lit(0L)).as("n_departments_rated"),
            coalesce(col("n_ratings"), lit(0L)).as("n_ratings"))
        .orderBy(col("street_code"));
  }
}
