package org.govindex.jobs.compute.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisalLevel;
import org.govindex.indicators.appraisal.IndicatorDefinition;

/**
 * The catalogue as a small table to join: level, indicator_code, position (catalogue order),
 * goal_worst, goal_best, economic, weight (normalised, {@link
 * AppraisalCatalogue#weightsFor(AppraisalLevel, boolean)} with central = false) and weight_central
 * (the same for a 中心城区 street: economic indicators 0, the rest renormalised).
 */
final class CatalogueLookup {

  static final StructType SCHEMA =
      new StructType()
          .add("level", DataTypes.StringType, false)
          .add("indicator_code", DataTypes.StringType, false)
          .add("position", DataTypes.IntegerType, false)
          .add("goal_worst", DataTypes.DoubleType, false)
          .add("goal_best", DataTypes.DoubleType, false)
          .add("economic", DataTypes.BooleanType, false)
          .add("weight", DataTypes.DoubleType, false)
          .add("weight_central", DataTypes.DoubleType, false);

  private CatalogueLookup() {}

  static Dataset<Row> of(SparkSession spark, AppraisalCatalogue catalogue) {
    List<Row> rows = new ArrayList<>();
    for (AppraisalLevel level : AppraisalLevel.values()) {
      Map<String, Double> weights = catalogue.weightsFor(level, false);
      Map<String, Double> central = catalogue.weightsFor(level, true);
      int position = 0;
      for (IndicatorDefinition indicator : catalogue.indicatorsAt(level)) {
        rows.add(
            RowFactory.create(
                level.code(),
                indicator.code(),
                position++,
                indicator.goalposts().worst(),
                indicator.goalposts().best(),
                indicator.economic(),
                weights.get(indicator.code()),
                central.get(indicator.code())));
      }
    }
    return spark.createDataFrame(rows, SCHEMA);
  }
}
