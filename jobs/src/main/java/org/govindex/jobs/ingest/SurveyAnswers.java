package org.govindex.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.indicators.survey.AnswerScale;

/** Reads the item answers of one survey response against the answer options. */
final class SurveyAnswers {

  /** Minimum 所用时间 of a valid response (methodology §1): faster is a speeder. */
  static final int MIN_DURATION_SECONDS = 30;

  static final StructType RESIDENT_ANSWER =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("item_code", DataTypes.StringType, false),
              DataTypes.createStructField("item_level", DataTypes.StringType, false),
              DataTypes.createStructField("answer", DataTypes.StringType, true),
              DataTypes.createStructField("score", DataTypes.DoubleType, true),
              DataTypes.createStructField("dont_know", DataTypes.BooleanType, false),
              DataTypes.createStructField("skipped", DataTypes.BooleanType, false)));

  static final StructType DEPARTMENT_ANSWER =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("item_code", DataTypes.StringType, false),
              DataTypes.createStructField("answer", DataTypes.StringType, true),
              DataTypes.createStructField("score", DataTypes.DoubleType, true),
              DataTypes.createStructField("dont_know", DataTypes.BooleanType, false),
              DataTypes.createStructField("skipped", DataTypes.BooleanType, false)));

  private SurveyAnswers() {}

  /** The answers read, and whether any was scored. */
  record Read(List<Row> rows, boolean anyScored) {}

  /**
   * Reads the present items; the first answer that is not an option is {@code bad_value}.
   *
   * @param levels item level per item, or null for department items (no level column)
   */
  static Read read(
      OptionTable options,
      List<String> codes,
      List<String> headers,
      List<String> levels,
      List<String> texts) {
    List<Row> rows = new ArrayList<>();
    boolean anyScored = false;
    for (int i = 0; i < codes.size(); i++) {
      String text = Cells.trim(texts.get(i));
      AnswerScale.Kind kind = options.kind(text);
      if (kind == AnswerScale.Kind.INVALID) {
        throw new CellRejection(
            ReasonCodes.BAD_VALUE, headers.get(i) + ": '" + text + "' is not an answer option");
      }
      Double score = options.score(text);
      anyScored |= kind == AnswerScale.Kind.SCORED;
      String answer = text.isEmpty() ? null : text;
      boolean dontKnow = kind == AnswerScale.Kind.DONT_KNOW;
      boolean skipped = kind == AnswerScale.Kind.SKIPPED;
      rows.add(
          levels == null
              ? RowFactory.create(codes.get(i), answer, score, dontKnow, skipped)
              : RowFactory.create(codes.get(i), levels.get(i), answer, score, dontKnow, skipped));
    }
    return new Read(rows, anyScored);
  }

  /** Speeder and no-scored-answer rules, in that order of precedence. */
  static void checkEffort(int durationSeconds, boolean anyScored, String durationHeader) {
    if (durationSeconds < MIN_DURATION_SECONDS) {
      throw new CellRejection(
          ReasonCodes.SPEEDER,
          durationHeader + " " + durationSeconds + "s is under " + MIN_DURATION_SECONDS + "s");
    }
    if (!anyScored) {
      throw new CellRejection(
          ReasonCodes.NO_SCORED_ANSWER, "no satisfaction item has a scored answer");
    }
  }

  /** The IP address part of {@code 113.108.1.2(广东-广州)}. */
  static String ipAddress(String text) {
    String value = Cells.trim(text);
    int open = firstParen(value);
    return open < 0 ? value : value.substring(0, open).strip();
  }

  /** The region part of {@code 113.108.1.2(广东-广州)}, or null. */
  static String ipRegion(String text) {
    String value = Cells.trim(text);
    int open = firstParen(value);
    if (open < 0) {
      return null;
    }
    String region = value.substring(open + 1).replaceAll("[)）]\\s*$", "").strip();
    return region.isEmpty() ? null : region;
  }

  private static int firstParen(String value) {
    int ascii = value.indexOf('(');
    int wide = value.indexOf('（');
    if (ascii < 0) {
      return wide;
    }
    return wide < 0 ? ascii : Math.min(ascii, wide);
  }

  /** The Spark external type of an array column. */
  static scala.collection.Seq<Row> toSeq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows);
  }

  static String nullIfBlank(String text) {
    String value = Cells.trim(text);
    return value.isEmpty() ? null : value;
  }
}
