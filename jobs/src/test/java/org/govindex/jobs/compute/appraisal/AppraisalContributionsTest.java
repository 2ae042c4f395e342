package org.govindex.jobs.compute.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.jobs.compute.SparkTestSession;
import org.junit.jupiter.api.Test;

/** Contributions add up to the total, by hand. */
class AppraisalContributionsTest {

  @Test
  void partsSumToTheTotalAndIndicatorsToTheObjectivePart() {
    SparkSession spark = SparkTestSession.get();
    StructType appraisal =
        new StructType()
            .add("level", DataTypes.StringType)
            .add("unit_code", DataTypes.StringType)
            .add("subjective_score", DataTypes.DoubleType)
            .add("objective_score", DataTypes.DoubleType)
            .add("subjective_weight", DataTypes.DoubleType);
    StructType shares =
        new StructType()
            .add("level", DataTypes.StringType)
            .add("unit_code", DataTypes.StringType)
            .add("indicator_code", DataTypes.StringType)
            .add("normalized_score", DataTypes.DoubleType)
            .add("weight_share", DataTypes.DoubleType)
            .add("position", DataTypes.IntegerType);
    // A: S = 80, O = (1·60 + 3·40)/4 = 45 with weights 1 and 3; w = 0.7 -> T = 56 + 13.5 = 69.5
    // B: S = 60, O = 80 (only x; y has no value)
    Dataset<Row> units =
        spark.createDataFrame(
            List.of(
                RowFactory.create("community", "A", 80.0, 45.0, 0.7),
                RowFactory.create("community", "B", 60.0, 80.0, 0.7)),
            appraisal);
    Dataset<Row> w =
        spark.createDataFrame(
            List.of(
                RowFactory.create("community", "A", "x", 60.0, 0.25, 0),
                RowFactory.create("community", "A", "y", 40.0, 0.75, 1),
                RowFactory.create("community", "B", "x", 80.0, 1.0, 0),
                RowFactory.create("community", "B", "y", null, 0.0, 1)),
            shares);

    Map<String, Row> rows = new HashMap<>();
    for (Row r :
        AppraisalContributions.compute(spark, units, w, Map.of("x", "指标x", "y", "指标y"), "2026")
            .collectAsList()) {
      rows.put(r.getAs("unit_code") + "/" + r.getAs("component"), r);
    }

    assertThat((double) rows.get("A/subjective").getAs("contribution"))
        .isCloseTo(56.0, within(1e-9));
    assertThat((double) rows.get("A/objective").getAs("contribution"))
        .isCloseTo(13.5, within(1e-9));
    // x: 0.3·0.25 = 0.075 of T, 0.075·60 = 4.5; y: 0.225·40 = 9; 4.5 + 9 = 13.5 = (1 − w)·O
    assertThat((double) rows.get("A/x").getAs("weight")).isCloseTo(0.075, within(1e-12));
    assertThat((double) rows.get("A/x").getAs("contribution")).isCloseTo(4.5, within(1e-9));
    assertThat((double) rows.get("A/y").getAs("contribution")).isCloseTo(9.0, within(1e-9));
    assertThat((String) rows.get("A/y").getAs("component_name")).isEqualTo("指标y");
    assertThat((String) rows.get("A/subjective").getAs("component_type")).isEqualTo("part");
    // level means: S (80 + 60)/2 = 70; x (60 + 80)/2 = 70; y only A: 40
    assertThat((double) rows.get("B/subjective").getAs("level_mean")).isCloseTo(70.0, within(1e-9));
    assertThat((double) rows.get("B/x").getAs("level_mean")).isCloseTo(70.0, within(1e-9));
    assertThat((double) rows.get("B/y").getAs("level_mean")).isCloseTo(40.0, within(1e-9));
    assertThat((Double) rows.get("B/y").getAs("contribution")).isNull();
    assertThat(rows).hasSize(8);
  }
}
