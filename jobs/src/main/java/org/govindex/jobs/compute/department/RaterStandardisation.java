package org.govindex.jobs.compute.department;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Rater effects: the rater-standardised score and the straight-liner mark of each rating.
 *
 * <p>Standardisation. For a rater who scored k ≥ 2 departments with scores x_1..x_k (mean m,
 * population standard deviation s = √(Σ(x_i − m)²/k)), the rating of department i gets z_i = (x_i −
 * m)/s: how much better or worse than the rater's own average the department was rated, in units of
 * the rater's own spread. A rater whose scores do not vary (s < {@link #ZERO_SPREAD}) rated every
 * department alike: z_i = 0. A rater who scored one department only has no comparison: no
 * standardised score (null), so the rating is left out of the standardised group scores.
 *
 * <p>Rescale to 0-100: x*_i = clamp(M + D·z_i, 0, 100), where M and D are the mean and population
 * standard deviation of all raw rater scores of raters with k ≥ 2 (pooled over the city). The
 * standardised scores then have the location and spread of the raw ones, so that they weigh the
 * same against the objective score in a total, and only the rater's leniency or severity is
 * removed.
 *
 * <p>Straight-liner: a rater who rated at least two departments and gave every one of them exactly
 * the same answers (item by item, 不了解 and skipped included).
 *
 * <p>Adds columns rater_departments (k, int), rater_zero_variance (boolean), straightliner
 * (boolean) and rater_score_standardised (double).
 */
final class RaterStandardisation {

  /** Standard deviations below this are zero (scores are means of multiples of 25). */
  static final double ZERO_SPREAD = 1e-9;

  private RaterStandardisation() {}

  static Dataset<Row> apply(Dataset<Row> raterScores) {
    WindowSpec rater = Window.partitionBy(col("rater_id"));
    Column k = count(col("rater_score")).over(rater).cast("int");
    Dataset<Row> perRater =
        raterScores
            .withColumn("rater_departments", k)
            .withColumn("_scores", collect_list(col("rater_score")).over(rater))
            .withColumn(
                "_signatures", size(collect_set(col("answer_signature")).over(rater)).cast("int"))
            .withColumn("_n_ratings", count(lit(1)).over(rater).cast("int"))
            .withColumn("_mean", OrderedMean.of(col("_scores")))
            .withColumn("_sd", sqrt(OrderedMean.variance(col("_scores"), col("_mean"))));
    Column comparable = col("rater_departments").geq(2);
    Column zeroVariance = comparable.and(col("_sd").lt(ZERO_SPREAD));
    Column z =
        when(col("rater_score").isNull().or(comparable.unary_$bang()), lit(null).cast("double"))
            .when(zeroVariance, lit(0.0))
            .otherwise(col("rater_score").minus(col("_mean")).divide(col("_sd")));
    Dataset<Row> withZ =
        perRater
            .withColumn("rater_zero_variance", zeroVariance)
            .withColumn(
                "straightliner", col("_n_ratings").geq(2).and(col("_signatures").equalTo(1)))
            .withColumn("_z", z);

    Dataset<Row> pooled =
        withZ
            .where(comparable.and(col("rater_score").isNotNull()))
            .agg(collect_list(col("rater_score")).as("_all"))
            .select(OrderedMean.of(col("_all")).as("_pool_mean"), col("_all"))
            .select(
                col("_pool_mean"),
                sqrt(OrderedMean.variance(col("_all"), col("_pool_mean"))).as("_pool_sd"));
    Column rescaled =
        greatest(
            lit(0.0),
            least(lit(100.0), col("_pool_mean").plus(col("_pool_sd").multiply(col("_z")))));
    return withZ
        .crossJoin(pooled)
        .withColumn("rater_score_standardised", when(col("_z").isNotNull(), rescaled))
        .drop(
            "_scores", "_signatures", "_n_ratings", "_mean", "_sd", "_z", "_pool_mean", "_pool_sd");
  }
}
