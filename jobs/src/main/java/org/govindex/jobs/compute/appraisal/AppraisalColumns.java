package org.govindex.jobs.compute.appraisal;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Columns of the {@code appraisal} table, in the order of the output contract. */
public final class AppraisalColumns {

  /** Column names in output order. */
  public static final List<String> NAMES =
      List.of(
          "period",
          "level",
          "unit_code",
          "unit_name",
          "subjective_score",
          "objective_score",
          "total_score",
          "subjective_weight",
          "n_valid",
          "ci_low",
          "ci_high",
          "satisfaction_rate",
          "rank",
          "grade",
          "flags");

  /** The schema of the table. */
  public static final StructType SCHEMA =
      new StructType()
          .add("period", DataTypes.StringType, false)
          .add("level", DataTypes.StringType, false)
          .add("unit_code", DataTypes.StringType, false)
          .add("unit_name", DataTypes.StringType, true)
          .add("subjective_score", DataTypes.DoubleType, true)
          .add("objective_score", DataTypes.DoubleType, true)
          .add("total_score", DataTypes.DoubleType, true)
          .add("subjective_weight", DataTypes.DoubleType, false)
          .add("n_valid", DataTypes.LongType, false)
          .add("ci_low", DataTypes.DoubleType, true)
          .add("ci_high", DataTypes.DoubleType, true)
          .add("satisfaction_rate", DataTypes.DoubleType, true)
          .add("rank", DataTypes.IntegerType, true)
          .add("grade", DataTypes.StringType, true)
          .add("flags", DataTypes.StringType, false);

  private AppraisalColumns() {}
}
