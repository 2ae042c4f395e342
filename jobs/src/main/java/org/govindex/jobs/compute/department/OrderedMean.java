package org.govindex.jobs.compute.department;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Means and sums of doubles added in ascending order, so that a result does not depend on how Spark
 * partitioned the rows: runs are bit-for-bit reproducible.
 */
final class OrderedMean {

  private OrderedMean() {}

  /**
   * Σ x over the array (nulls already left out by collect_list), in ascending order; 0 if empty.
   */
  static Column sum(Column values) {
    return aggregate(array_sort(values), lit(0.0), (acc, x) -> acc.plus(x));
  }

  /** Mean of the array's values in ascending order; null for an empty or null array. */
  static Column of(Column values) {
    Column n = coalesce(size(values), lit(-1));
    return when(n.gt(0), sum(values).divide(n));
  }

  /**
   * Population variance {@code Σ (x − m)² / n} of the array around {@code mean}; null for an empty
   * array.
   */
  static Column variance(Column values, Column mean) {
    Column n = coalesce(size(values), lit(-1));
    Column squares =
        aggregate(
            array_sort(values),
            lit(0.0),
            (acc, x) -> acc.plus(x.minus(mean).multiply(x.minus(mean))));
    return when(n.gt(0), squares.divide(n));
  }
}
