package org.govindex.jobs.compute.department;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One row per accepted rating: the rater's score of the department (methodology §4).
 *
 * <ul>
 *   <li>{@code rater_score} = mean of the rating's scored items (answer scores of §1; 不了解 and
 *       skipped answers are not scored); null when none is scored.
 *   <li>{@code rater_id}: the pseudonymised phone; a rating without phone is its own rater ({@code
 *       rating:<rating_id>}), since nothing ties it to another rating.
 *   <li>{@code answer_signature}: the rating's answers as sorted {@code item=answer} pairs, to find
 *       raters who give every department the same answers.
 * </ul>
 *
 * Columns: rating_id, rater_id, rater_group (the 评议人类型 text), rater_street_code, department_code,
 * rater_score, answer_signature.
 */
final class RaterScores {

  private RaterScores() {}

  static Dataset<Row> compute(Dataset<Row> ratings, Dataset<Row> answers) {
    Dataset<Row> perRating =
        answers
            .groupBy(col("rating_id"))
            .agg(
                OrderedMean.of(collect_list(col("score"))).as("rater_score"),
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
            col("rater_type").as("rater_group"),
            col("rater_street_code"),
            col("department_code"),
            col("rater_score"),
            coalesce(col("answer_signature"), lit("")).as("answer_signature"));
  }
}
