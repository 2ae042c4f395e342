package org.govindex.jobs.reduce;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govindex.indicators.department.RaterGroup;
import org.govindex.indicators.department.RaterScore;

/**
 * The department ratings reduced to one score per rating, in one aggregation of {@code
 * department_answers} by rating (methodology §4):
 *
 * <ul>
 *   <li>rater_score = mean of the rating's scored answers, added in ascending order so that the
 *       result does not depend on partitioning; null when none is scored;
 *   <li>answer_signature = the rating's answers as sorted {@code item=answer} pairs joined by
 *       {@code |} ({@code (skipped)} for a skipped answer), to find raters who give every
 *       department the same answers;
 *   <li>rater_id = the pseudonymised phone, or {@code rating:<rating_id>} without one.
 * </ul>
 */
public final class RatingReduction {

  private RatingReduction() {}

  static Dataset<Row> scores(Dataset<Row> ratings, Dataset<Row> answers) {
    Column scores = array_sort(collect_list(col("score")));
    Dataset<Row> perRating =
        answers
            .groupBy(col("rating_id"))
            .agg(
                when(
                        size(scores).gt(0),
                        aggregate(scores, lit(0.0), (acc, x) -> acc.plus(x)).divide(size(scores)))
                    .as("rater_score"),
                concat_ws(
                        "|",
                        array_sort(
                            collect_list(
                                concat(
                                    col("item_code"),
                                    lit("="),
                                    when(col("skipped"), lit("(skipped)"))
                                        .otherwise(coalesce(col("answer"), lit("")))))))
                    .as("answer_signature"));
    return ratings
        .join(perRating, ratings.col("rating_id").equalTo(perRating.col("rating_id")), "left")
        .select(
            ratings.col("rating_id"),
            coalesce(col("phone_hash"), concat(lit("rating:"), ratings.col("rating_id")))
                .as("rater_id"),
            col("rater_type"),
            col("rater_street_code"),
            col("department_code"),
            col("rater_score"),
            coalesce(col("answer_signature"), lit("")).as("answer_signature"));
  }

  /**
   * Reduces the ratings of the period (submitted in its calendar year) and collects one record per
   * rating, by rating_id.
   */
  public static List<RaterScore> collect(Dataset<Row> ratings, Dataset<Row> answers, int period) {
    List<RaterScore> out = new ArrayList<>();
    Dataset<Row> ofPeriod =
        ratings.where(org.apache.spark.sql.functions.year(col("submitted_at")).equalTo(period));
    for (Row r : scores(ofPeriod, answers).orderBy(col("rating_id")).collectAsList()) {
      out.add(
          new RaterScore(
              r.getString(0),
              r.getString(1),
              RaterGroup.of(r.getString(2)),
              r.getString(3),
              r.getString(4),
              r.isNullAt(5) ? null : r.getDouble(5),
              r.getString(6)));
    }
    return out;
  }
}
