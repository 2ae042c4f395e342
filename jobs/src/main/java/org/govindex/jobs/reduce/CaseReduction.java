package org.govindex.jobs.reduce;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govindex.indicators.objective.CaseTally;

/**
 * Mediation cases reduced to cases and successes (调解成功) per year of 受理日期 and (所属街道代码, 所属社区代码), in
 * one aggregation.
 */
public final class CaseReduction {

  static final String SUCCESS = "调解成功";

  private CaseReduction() {}

  static Dataset<Row> tallies(Dataset<Row> cases) {
    return cases
        .groupBy(year(col("accepted_on")).as("year"), col("street_code"), col("community_code"))
        .agg(
            count(lit(1)).as("cases"),
            sum(when(col("result").equalTo(SUCCESS), lit(1L)).otherwise(lit(0L))).as("successes"));
  }

  /** Reduces the dataset and collects the tallies. */
  public static List<CaseTally> collect(Dataset<Row> rows) {
    Dataset<Row> tallies = tallies(rows);
    List<CaseTally> out = new ArrayList<>();
    for (Row r : tallies.collectAsList()) {
      out.add(
          new CaseTally(r.getInt(0), r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
    }
    return out;
  }
}
