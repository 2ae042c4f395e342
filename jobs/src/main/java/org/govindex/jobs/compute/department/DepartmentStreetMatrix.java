package org.govindex.jobs.compute.department;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The street × department matrix (methodology §4): for each rater street (评议人所在街道) and department,
 * {@code mean_score} = mean of the rater scores of the street's raters of that department (all
 * rater groups together) and {@code n_raters} = number of those raters with a score. Cells without
 * any rating are absent; a cell whose ratings have no scored item has mean_score null.
 */
final class DepartmentStreetMatrix {

  private DepartmentStreetMatrix() {}

  static Dataset<Row> compute(
      Dataset<Row> raters, Dataset<Row> streets, Dataset<Row> departments, String period) {
    Dataset<Row> cells =
        raters
            .groupBy(col("rater_street_code").as("street_code"), col("department_code"))
            .agg(
                OrderedMean.of(collect_list(col("rater_score"))).as("mean_score"),
                count(col("rater_score")).as("n_raters"));
    return cells
        .join(streets.select("street_code", "street_name"), "street_code")
        .join(departments.select("department_code", "department_name"), "department_code")
        .select(
            lit(period).as("period"),
            col("street_code"),
            col("street_name"),
            col("department_code"),
            col("department_name"),
            col("mean_score"),
            col("n_raters"))
        .orderBy(col("street_code"), col("department_code"));
  }
}
