package org.govindex.jobs.compute.department;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code department_rater_flags} table: per department and rater group, how many of its raters
 * are straight-liners (same answers to every department they rated), rated a single department (no
 * standardised score) or gave every department the same score (zero variance, z = 0). No rater
 * identifier is published.
 */
final class RaterFlagCounts {

  private RaterFlagCounts() {}

  static Dataset<Row> compute(Dataset<Row> raters, Dataset<Row> departments, String period) {
    return raters
        .groupBy(col("department_code"), col("rater_group"))
        .agg(
            count(lit(1)).as("n_raters"),
            countTrue(col("straightliner")).as("n_straightliners"),
            countTrue(col("rater_departments").lt(2)).as("n_single_department_raters"),
            countTrue(col("rater_zero_variance")).as("n_zero_variance_raters"))
        .join(departments.select("department_code", "department_name"), "department_code")
        .select(
            lit(period).as("period"),
            col("department_code"),
            col("department_name"),
            col("rater_group"),
            col("n_raters"),
            col("n_straightliners"),
            col("n_single_department_raters"),
            col("n_zero_variance_raters"))
        .orderBy(col("department_code"), groupOrder());
  }

  /** 居民代表, 街道, 社区居委会, 驻区单位, then any other text. */
  private static Column groupOrder() {
    Column order = lit(RaterGroup.values().length);
    for (int i = RaterGroup.values().length - 1; i >= 0; i--) {
      order =
          when(col("rater_group").equalTo(RaterGroup.values()[i].label()), lit(i)).otherwise(order);
    }
    return order;
  }

  static Column countTrue(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }
}
