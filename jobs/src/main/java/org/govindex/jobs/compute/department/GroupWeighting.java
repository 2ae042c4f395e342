package org.govindex.jobs.compute.department;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Group scores and department satisfaction (methodology §4).
 *
 * <ol>
 *   <li>Group score {@code G_g} of a department = mean of the scores of the group's raters of that
 *       department; {@code n_g} = number of those raters with a score.
 *   <li>A group is present for the department when {@code n_g ≥ minimumRaters}; otherwise its score
 *       is null and, if the group rated the department at all, it is flagged {@code
 *       group_dropped:<评议人类型>}.
 *   <li>Satisfaction {@code S = Σ w_g·G_g / Σ w_g} over present groups (the configured weights
 *       renormalised over them), summed in the fixed group order 居民代表, 街道, 社区居委会, 驻区单位; null when
 *       no present group has a positive weight.
 * </ol>
 */
final class GroupWeighting {

  private GroupWeighting() {}

  /**
   * One row per rated department: department_code, {@code group_<code>} and {@code n_raters_<code>}
   * per group, {@code satisfaction}, {@code n_raters} (all raters with a score) and {@code
   * group_flags} (string, possibly empty).
   *
   * @param raters one row per rating with department_code, rater_group and the score column
   * @param scoreColumn the rater score used (raw or standardised)
   */
  static Dataset<Row> satisfaction(
      Dataset<Row> raters, String scoreColumn, Map<RaterGroup, Double> weights, int minimumRaters) {
    Dataset<Row> groups =
        raters
            .groupBy(col("department_code"), col("rater_group"))
            .agg(
                OrderedMean.of(collect_list(col(scoreColumn))).as("_g"),
                count(col(scoreColumn)).as("_n"),
                count(lit(1)).as("_rated"));
    List<Column> wide = new ArrayList<>();
    for (RaterGroup group : RaterGroup.values()) {
      Column mine = col("rater_group").equalTo(lit(group.label()));
      wide.add(max(when(mine, col("_g"))).as(group.scoreColumn()));
      wide.add(max(when(mine, col("_n"))).as(group.countColumn()));
      wide.add(max(when(mine, col("_rated"))).as("_rated_" + group.code()));
    }
    Dataset<Row> perDepartment =
        groups
            .groupBy(col("department_code"))
            .agg(wide.get(0), wide.subList(1, wide.size()).toArray(Column[]::new));

    Column numerator = lit(0.0);
    Column denominator = lit(0.0);
    Column raterCount = lit(0L);
    List<Column> flags = new ArrayList<>();
    List<Column> selected = new ArrayList<>(List.of(col("department_code")));
    for (RaterGroup group : RaterGroup.values()) {
      Column n = coalesce(col(group.countColumn()), lit(0L));
      Column present = n.geq(minimumRaters);
      double w = weights.getOrDefault(group, 0.0);
      numerator =
          numerator.plus(when(present, col(group.scoreColumn()).multiply(w)).otherwise(0.0));
      denominator = denominator.plus(when(present, lit(w)).otherwise(0.0));
      raterCount = raterCount.plus(n);
      flags.add(
          when(
              present.unary_$bang().and(col("_rated_" + group.code()).gt(0)),
              lit(DepartmentFlags.GROUP_DROPPED + ":" + group.label())));
      selected.add(when(present, col(group.scoreColumn())).as(group.scoreColumn()));
      selected.add(n.as(group.countColumn()));
    }
    selected.add(when(denominator.gt(0.0), numerator.divide(denominator)).as("satisfaction"));
    selected.add(raterCount.as("n_raters"));
    selected.add(
        concat_ws(DepartmentFlags.SEPARATOR, flags.toArray(Column[]::new)).as("group_flags"));
    return perDepartment.select(selected.toArray(Column[]::new));
  }
}
