package org.govindex.jobs.compute.innovation;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Schemas of the innovation tables (output contract: innovation_index.csv, awards.csv). */
public final class InnovationColumns {

  /**
   * {@code awards}: period, project_code, project_name, unit_code, project_score, grade, eligible,
   * award_amount, flags.
   */
  public static final StructType AWARDS =
      new StructType()
          .add("period", DataTypes.StringType, false)
          .add("project_code", DataTypes.StringType, false)
          .add("project_name", DataTypes.StringType, true)
          .add("unit_code", DataTypes.StringType, true)
          .add("project_score", DataTypes.DoubleType, true)
          .add("grade", DataTypes.StringType, true)
          .add("eligible", DataTypes.BooleanType, false)
          .add("award_amount", DataTypes.DoubleType, false)
          .add("flags", DataTypes.StringType, false);

  /** {@code awards_by_unit}: totals per community, street and district. */
  public static final StructType AWARDS_BY_UNIT =
      new StructType()
          .add("period", DataTypes.StringType, false)
          .add("level", DataTypes.StringType, false)
          .add("unit_code", DataTypes.StringType, false)
          .add("unit_name", DataTypes.StringType, true)
          .add("n_projects", DataTypes.LongType, false)
          .add("n_scored", DataTypes.LongType, false)
          .add("n_eligible", DataTypes.LongType, false)
          .add("n_excellent", DataTypes.LongType, false)
          .add("n_good", DataTypes.LongType, false)
          .add("award_total", DataTypes.DoubleType, false);

  /** {@code innovation_coherence}: the engine's statistical audit of the period's index. */
  public static final StructType COHERENCE =
      new StructType()
          .add("period", DataTypes.StringType, false)
          .add("measure", DataTypes.StringType, false)
          .add("node", DataTypes.StringType, false)
          .add("first", DataTypes.StringType, true)
          .add("second", DataTypes.StringType, true)
          .add("value", DataTypes.DoubleType, true)
          .add("flag", DataTypes.StringType, false);

  private InnovationColumns() {}

  /**
   * {@code innovation_index}: period, level, unit_code, unit_name, one column per dimension (its
   * META code), index, trend_index, development_index, change, change_p05, change_p95,
   * change_significant, rank, rank_median, rank_p05, rank_p95, population, flags.
   */
  public static StructType index(List<String> dimensions) {
    StructType s =
        new StructType()
            .add("period", DataTypes.StringType, false)
            .add("level", DataTypes.StringType, false)
            .add("unit_code", DataTypes.StringType, false)
            .add("unit_name", DataTypes.StringType, true);
    for (String d : dimensions) {
      s = s.add(d, DataTypes.DoubleType, true);
    }
    return s.add("index", DataTypes.DoubleType, true)
        .add("trend_index", DataTypes.DoubleType, true)
        .add("development_index", DataTypes.DoubleType, true)
        .add("change", DataTypes.DoubleType, true)
        .add("change_p05", DataTypes.DoubleType, true)
        .add("change_p95", DataTypes.DoubleType, true)
        .add("change_significant", DataTypes.BooleanType, true)
        .add("rank", DataTypes.IntegerType, true)
        .add("rank_median", DataTypes.DoubleType, true)
        .add("rank_p05", DataTypes.DoubleType, true)
        .add("rank_p95", DataTypes.DoubleType, true)
        .add("population", DataTypes.DoubleType, true)
        .add("flags", DataTypes.StringType, false);
  }
}
