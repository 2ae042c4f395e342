package org.govindex.jobs.compute.appraisal;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code appraisal_contributions} table: how each part makes up a unit's total (issue 4,
 * explanations). Per unit, one row per component:
 *
 * <ul>
 *   <li>{@code subjective}: weight w, score S, contribution w·S;
 *   <li>{@code objective}: weight 1 − w, score O, contribution (1 − w)·O;
 *   <li>every catalogue indicator of the level: weight (1 − w)·v<sub>i</sub> where v<sub>i</sub> is
 *       the indicator's share of O ({@code w_i / Σ w_j} over the indicators that enter O), score =
 *       its normalised score, contribution = weight·score.
 * </ul>
 *
 * The contributions of subjective and objective sum to T; those of the indicators sum to (1 − w)·O.
 * {@code level_mean} is the mean score of the component over the units of the level that have one,
 * so {@code score − level_mean} shows strengths and weaknesses against the city.
 */
public final class AppraisalContributions {

  /** Columns in order. */
  public static final List<String> COLUMNS =
      List.of(
          "period",
          "level",
          "unit_code",
          "component",
          "component_name",
          "component_type",
          "weight",
          "score",
          "contribution",
          "level_mean");

  public static final String SUBJECTIVE = "subjective";
  public static final String OBJECTIVE = "objective";

  private AppraisalContributions() {}

  /**
   * @param appraisal the appraisal table (level, unit_code, subjective_score, objective_score,
   *     subjective_weight)
   * @param weightShares level, unit_code, indicator_code, normalized_score, weight_share, position
   * @param indicatorNames indicator code → display name
   */
  public static Dataset<Row> compute(
      SparkSession spark,
      Dataset<Row> appraisal,
      Dataset<Row> weightShares,
      Map<String, String> indicatorNames,
      String period) {
    Dataset<Row> units =
        appraisal.select(
            col("level"),
            col("unit_code"),
            col("subjective_score"),
            col("objective_score"),
            col("subjective_weight"));
    Dataset<Row> parts =
        units
            .select(
                col("level"),
                col("unit_code"),
                lit(SUBJECTIVE).as("component"),
                lit("part").as("component_type"),
                col("subjective_weight").as("weight"),
                col("subjective_score").as("score"),
                lit(-2).as("position"))
            .unionByName(
                units.select(
                    col("level"),
                    col("unit_code"),
                    lit(OBJECTIVE).as("component"),
                    lit("part").as("component_type"),
                    lit(1.0).minus(col("subjective_weight")).as("weight"),
                    col("objective_score").as("score"),
                    lit(-1).as("position")));
    Dataset<Row> indicators =
        weightShares
            .join(units, AppraisalTotals.toSeq("level", "unit_code"))
            .select(
                col("level"),
                col("unit_code"),
                col("indicator_code").as("component"),
                lit("indicator").as("component_type"),
                lit(1.0).minus(col("subjective_weight")).multiply(col("weight_share")).as("weight"),
                col("normalized_score").as("score"),
                col("position").cast("int").as("position"));
    Column levelMean = avg(col("score")).over(Window.partitionBy(col("level"), col("component")));
    return parts
        .unionByName(indicators)
        .join(names(spark, indicatorNames), AppraisalTotals.toSeq("component"), "left")
        .select(
            lit(period).as("period"),
            col("level"),
            col("unit_code"),
            col("component"),
            col("component_name"),
            col("component_type"),
            col("weight"),
            col("score"),
            when(col("score").isNotNull(), col("weight").multiply(col("score"))).as("contribution"),
            levelMean.as("level_mean"),
            col("position"))
        .orderBy(col("level"), col("unit_code"), col("position"))
        .drop("position");
  }

  private static Dataset<Row> names(SparkSession spark, Map<String, String> indicatorNames) {
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create(SUBJECTIVE, "群众主观评价 S"));
    rows.add(RowFactory.create(OBJECTIVE, "客观指标 O"));
    indicatorNames.forEach((code, name) -> rows.add(RowFactory.create(code, name)));
    StructType schema =
        new StructType()
            .add("component", DataTypes.StringType, false)
            .add("component_name", DataTypes.StringType, true);
    return spark.createDataFrame(rows, schema);
  }
}
