package org.govindex.jobs.compute.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

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

class AppraisalRankingTest {

  private static final StructType SCHEMA =
      new StructType()
          .add("level", DataTypes.StringType)
          .add("unit_code", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("insufficient", DataTypes.BooleanType);

  private record Result(Integer rank, String grade) {}

  @Test
  void ranksDescendingPerLevelWithTiesSharingTheSmallestRank() {
    SparkSession spark = SparkTestSession.get();
    List<Row> rows =
        List.of(
            RowFactory.create("community", "A", 95.0, false),
            RowFactory.create("community", "B", 90.0, false),
            RowFactory.create("community", "C", 90.0 + 5e-10, false),
            RowFactory.create("community", "D", 89.9999, false),
            RowFactory.create("community", "E", 80.0, false),
            RowFactory.create("community", "F", 79.99, false),
            RowFactory.create("community", "G", 60.0, false),
            RowFactory.create("community", "H", 59.99, false),
            RowFactory.create("community", "I", null, false),
            RowFactory.create("community", "J", 99.0, true),
            RowFactory.create("community", "K", null, true),
            RowFactory.create("street", "X", 50.0, false),
            RowFactory.create("street", "Y", 70.0, false));
    Dataset<Row> input = spark.createDataFrame(rows, SCHEMA).repartition(3);

    Map<String, Result> result = new HashMap<>();
    for (Row row : AppraisalRanking.rankAndGrade(input, "score", "insufficient").collectAsList()) {
      result.put(row.getAs("unit_code"), new Result(row.getAs("rank"), row.getAs("grade")));
    }

    assertThat(result.get("A")).isEqualTo(new Result(1, "优秀"));
    assertThat(result.get("C")).isEqualTo(new Result(2, "优秀"));
    assertThat(result.get("B")).isEqualTo(new Result(2, "优秀"));
    assertThat(result.get("D")).isEqualTo(new Result(4, "良好"));
    assertThat(result.get("E")).isEqualTo(new Result(5, "良好"));
    assertThat(result.get("F")).isEqualTo(new Result(6, "合格"));
    assertThat(result.get("G")).isEqualTo(new Result(7, "合格"));
    assertThat(result.get("H")).isEqualTo(new Result(8, "不合格"));
    assertThat(result.get("I")).isEqualTo(new Result(null, null));
    assertThat(result.get("J")).isEqualTo(new Result(null, "样本不足"));
    assertThat(result.get("K")).isEqualTo(new Result(null, "样本不足"));
    assertThat(result.get("Y")).isEqualTo(new Result(1, "合格"));
    assertThat(result.get("X")).isEqualTo(new Result(2, "不合格"));
  }

  @Test
  void scoresFartherApartThanTheToleranceDoNotTie() {
    SparkSession spark = SparkTestSession.get();
    List<Row> rows =
        List.of(
            RowFactory.create("community", "P", 70.0 + 2e-9, false),
            RowFactory.create("community", "Q", 70.0, false),
            RowFactory.create("community", "R", 70.0, false));
    Map<String, Integer> ranks = new HashMap<>();
    for (Row row :
        AppraisalRanking.rankAndGrade(spark.createDataFrame(rows, SCHEMA), "score", "insufficient")
            .collectAsList()) {
      ranks.put(row.getAs("unit_code"), row.getAs("rank"));
    }
    assertThat(ranks).containsEntry("P", 1).containsEntry("Q", 2).containsEntry("R", 2);
  }
}
