package org.govindex.jobs.compute.department;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Hand-built department ratings in the ingested-dataset schemas (docs/datasets.md). Answers are
 * option texts scored as in methodology §1: 非常满意 100, 满意 75, 基本满意 50, 不满意 25, 非常不满意 0; 不了解 and (跳过)
 * are not scored. Items are numbered I1, I2, ... in the order given.
 */
final class RatingFixture {

  static final String A = "非常满意";
  static final String B = "满意";
  static final String C = "基本满意";
  static final String D = "不满意";
  static final String E = "非常不满意";
  static final String DK = "不了解";
  static final String SKIP = "(跳过)";

  static final String RESIDENTS = "居民代表";
  static final String STREET = "街道";
  static final String COMMITTEE = "社区居委会";
  static final String UNITS = "驻区单位";

  private static final Map<String, Double> SCORES =
      Map.of(A, 100.0, B, 75.0, C, 50.0, D, 25.0, E, 0.0);

  static final StructType RATINGS =
      new StructType()
          .add("rating_id", DataTypes.StringType)
          .add("source_file", DataTypes.StringType)
          .add("row_number", DataTypes.LongType)
          .add("submitted_at", DataTypes.TimestampType)
          .add("duration_seconds", DataTypes.IntegerType)
          .add("rater_type", DataTypes.StringType)
          .add("rater_street_code", DataTypes.StringType)
          .add("department_code", DataTypes.StringType)
          .add("phone_hash", DataTypes.StringType);

  static final StructType ANSWERS =
      new StructType()
          .add("rating_id", DataTypes.StringType)
          .add("item_code", DataTypes.StringType)
          .add("answer", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("dont_know", DataTypes.BooleanType)
          .add("skipped", DataTypes.BooleanType);

  static final StructType DEPARTMENTS =
      new StructType()
          .add("department_code", DataTypes.StringType)
          .add("department_name", DataTypes.StringType)
          .add("district_code", DataTypes.StringType);

  static final StructType STREETS =
      new StructType()
          .add("street_code", DataTypes.StringType)
          .add("street_name", DataTypes.StringType)
          .add("district_code", DataTypes.StringType);

  static final StructType OBJECTIVE =
      new StructType()
          .add("level", DataTypes.StringType)
          .add("unit_code", DataTypes.StringType)
          .add("objective_score", DataTypes.DoubleType)
          .add("n_indicators", DataTypes.IntegerType)
          .add("flags", DataTypes.StringType);

  private final List<Row> ratings = new ArrayList<>();
  private final List<Row> answers = new ArrayList<>();
  private final List<Row> departments = new ArrayList<>();
  private final List<Row> streets = new ArrayList<>();
  private final List<Row> objective = new ArrayList<>();

  /** A rating; {@code phone} null means the rater left no phone number. */
  RatingFixture rate(
      String phone, String group, String street, String department, String... items) {
    String id = "surveys/department_test.csv#" + (ratings.size() + 1);
    ratings.add(
        RowFactory.create(
            id,
            "surveys/department_test.csv",
            (long) ratings.size() + 1,
            null,
            300,
            group,
            street,
            department,
            phone == null ? null : "hash-" + phone));
    for (int i = 0; i < items.length; i++) {
      String text = items[i];
      boolean skipped = SKIP.equals(text);
      answers.add(
          RowFactory.create(
              id,
              "I" + (i + 1),
              skipped ? null : text,
              SCORES.get(text),
              DK.equals(text),
              skipped));
    }
    return this;
  }

  /** Several raters of one group with the same answers: phones {@code prefix1, prefix2, ...}. */
  RatingFixture rateMany(
      int raters,
      String phonePrefix,
      String group,
      String street,
      String department,
      String... items) {
    for (int i = 1; i <= raters; i++) {
      rate(phonePrefix + i, group, street, department, items);
    }
    return this;
  }

  RatingFixture department(String code, String name) {
    departments.add(RowFactory.create(code, name, "320951"));
    return this;
  }

  RatingFixture street(String code, String name) {
    streets.add(RowFactory.create(code, name, "320951"));
    return this;
  }

  /** An objective score row of a department (score may be null), with objective flags. */
  RatingFixture objective(String department, Double score, String flags) {
    objective.add(RowFactory.create("department", department, score, 6, flags));
    return this;
  }

  DepartmentInputs inputs(SparkSession spark) {
    return new DepartmentInputs(
        spark.createDataFrame(ratings, RATINGS),
        spark.createDataFrame(answers, ANSWERS),
        spark.createDataFrame(departments, DEPARTMENTS),
        spark.createDataFrame(streets, STREETS));
  }

  /** The objective rows, plus a street row that must be ignored. */
  Dataset<Row> objectiveScores(SparkSession spark) {
    List<Row> rows = new ArrayList<>(objective);
    rows.add(RowFactory.create("street", "320951001", 10.0, 7, ""));
    return spark.createDataFrame(rows, OBJECTIVE);
  }
}
