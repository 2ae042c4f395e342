package org.govindex.jobs.ingest.survey;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.contract.RejectReason;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.jobs.ingest.validation.CellRejection;
import org.govindex.jobs.ingest.validation.Cells;
import org.govindex.jobs.ingest.validation.Shown;

/** Reads the item answers of one survey response against the answer options. */
public final class SurveyAnswers {

  /** Minimum 所用时间 of a valid response (methodology §1): faster is a speeder. */
  public static final int MIN_DURATION_SECONDS = 30;

  public static final StructType RESIDENT_ANSWER =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("item_code", DataTypes.StringType, false),
              DataTypes.createStructField("item_level", DataTypes.StringType, false),
              DataTypes.createStructField("answer", DataTypes.StringType, true),
              DataTypes.createStructField("score", DataTypes.DoubleType, true),
              DataTypes.createStructField("dont_know", DataTypes.BooleanType, false),
              DataTypes.createStructField("skipped", DataTypes.BooleanType, false)));

  public static final StructType DEPARTMENT_ANSWER =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("item_code", DataTypes.StringType, false),
              DataTypes.createStructField("answer", DataTypes.StringType, true),
              DataTypes.createStructField("score", DataTypes.DoubleType, true),
              DataTypes.createStructField("dont_know", DataTypes.BooleanType, false),
              DataTypes.createStructField("skipped", DataTypes.BooleanType, false)));

  private SurveyAnswers() {}

  /** The answers read, and whether any was scored. */
  public record Read(List<Row> rows, boolean anyScored) {}

  /**
   * Reads the present items; the first answer that is not an option is {@code bad_value}.
   *
   * @param levels item level per item, or null for department items (no level column)
   */
  public static Read read(
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
            RejectReason.BAD_VALUE, headers.get(i) + "：" + Shown.value(text) + " 不是答案选项");
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

  /** Separates the item headers of a file in the canonical cell that carries them. */
  public static final String SEPARATOR = "\u001F";

  private static final java.util.regex.Pattern CLOSING =
      java.util.regex.Pattern.compile("[)）]\\s*$");

  /** The last item-header cell split, per thread: it is the same for every row of a file. */
  private static final ThreadLocal<String[]> LAST_SPLIT = new ThreadLocal<>();

  private static String[] split(String joinedHeaders) {
    String[] last = LAST_SPLIT.get();
    if (last == null || !last[0].equals(joinedHeaders)) {
      String[] parts = joinedHeaders.split(SEPARATOR, -1);
      last = new String[parts.length + 1];
      last[0] = joinedHeaders;
      System.arraycopy(parts, 0, last, 1, parts.length);
      LAST_SPLIT.set(last);
    }
    return last;
  }

  /** Present items of a row: their positions among the items (their header is not empty). */
  public static List<Integer> presentItems(String joinedHeaders) {
    String[] headers = split(joinedHeaders);
    List<Integer> present = new ArrayList<>();
    for (int i = 1; i < headers.length; i++) {
      if (!headers[i].isEmpty()) {
        present.add(i - 1);
      }
    }
    return present;
  }

  /** The header of item {@code item} in the file. */
  public static String header(String joinedHeaders, int item) {
    return split(joinedHeaders)[item + 1];
  }

  /**
   * The projection of a survey file: the metadata columns in rule order, one cell per item of the
   * definition ("" when the file lacks it), then the item headers joined by {@link #SEPARATOR}.
   */
  public static org.govindex.jobs.ingest.validation.Projection project(
      List<String> fileHeaders,
      List<String> metaKeys,
      java.util.Map<String, Integer> meta,
      int[] itemIndexes) {
    int n = metaKeys.size() + itemIndexes.length + 1;
    int[] columns = new int[n];
    String[] constants = new String[n];
    int i = 0;
    for (String key : metaKeys) {
      Integer index = meta.get(key);
      columns[i] = index == null ? -1 : index;
      constants[i++] = "";
    }
    StringBuilder headers = new StringBuilder();
    for (int k = 0; k < itemIndexes.length; k++) {
      columns[i] = itemIndexes[k];
      constants[i++] = "";
      headers
          .append(k == 0 ? "" : SEPARATOR)
          .append(itemIndexes[k] < 0 ? "" : fileHeaders.get(itemIndexes[k]));
    }
    columns[i] = -1;
    constants[i] = headers.toString();
    return new org.govindex.jobs.ingest.validation.Projection(columns, constants);
  }

  /** Speeder and no-scored-answer rules, in that order of precedence. */
  public static void checkEffort(int durationSeconds, boolean anyScored, String durationHeader) {
    if (durationSeconds < MIN_DURATION_SECONDS) {
      throw new CellRejection(
          RejectReason.SPEEDER,
          durationHeader + " " + durationSeconds + " 秒，少于 " + MIN_DURATION_SECONDS + " 秒");
    }
    if (!anyScored) {
      throw new CellRejection(RejectReason.NO_SCORED_ANSWER, "没有一个满意度题项有计分回答");
    }
  }

  /** The IP address part of {@code 113.108.1.2(广东-广州)}. */
  public static String ipAddress(String text) {
    String value = Cells.trim(text);
    int open = firstParen(value);
    return open < 0 ? value : value.substring(0, open).strip();
  }

  /** The region part of {@code 113.108.1.2(广东-广州)}, or null. */
  public static String ipRegion(String text) {
    String value = Cells.trim(text);
    int open = firstParen(value);
    if (open < 0) {
      return null;
    }
    String region = CLOSING.matcher(value.substring(open + 1)).replaceAll("").strip();
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
  public static scala.collection.Seq<Row> toSeq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows);
  }

  public static String nullIfBlank(String text) {
    String value = Cells.trim(text);
    return value.isEmpty() ? null : value;
  }
}
