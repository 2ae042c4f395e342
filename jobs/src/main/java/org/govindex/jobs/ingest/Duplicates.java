package org.govindex.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Cross-row rules on validated rows (pure transformations): only rows still accepted take part, and
 * a row marked here gets its reason code and a reason naming the row that was kept.
 */
public final class Duplicates {

  private static final String RANK = "_dup_rank";
  private static final String KEPT_FILE = "_dup_kept_file";
  private static final String KEPT_ROW = "_dup_kept_row";

  private Duplicates() {}

  /**
   * Repeated keys ({@code duplicate_key}): the first occurrence by (source_file, row_number) is
   * kept, later ones are rejected.
   */
  public static Dataset<Row> markRepeatedKeys(
      Dataset<Row> validated, List<String> key, String keyLabel) {
    WindowSpec window =
        Window.partitionBy(columns(key))
            .orderBy(col(RawTable.SOURCE_FILE), col(RawTable.ROW_NUMBER));
    return mark(
        validated,
        accepted(key),
        window,
        ReasonCodes.DUPLICATE_KEY,
        "duplicate " + keyLabel + ": first kept at ");
  }

  /**
   * Repeated submissions ({@code duplicate}, methodology §1 and §4): among accepted rows with the
   * same values of {@code group} (e.g. phone hash), the latest {@code submitted_at} is kept (ties:
   * the last by file and row).
   */
  public static Dataset<Row> keepLatest(Dataset<Row> validated, List<String> group, String label) {
    WindowSpec window =
        Window.partitionBy(columns(group))
            .orderBy(
                col("submitted_at").desc(),
                col(RawTable.SOURCE_FILE).desc(),
                col(RawTable.ROW_NUMBER).desc());
    return mark(
        validated,
        accepted(group),
        window,
        ReasonCodes.DUPLICATE,
        label + " answered again later; the latest is kept: ");
  }

  private static Dataset<Row> mark(
      Dataset<Row> validated, Column eligible, WindowSpec window, String code, String text) {
    Column duplicate = eligible.and(col(RANK).gt(1));
    return validated
        .withColumn(RANK, row_number().over(window))
        .withColumn(KEPT_FILE, first(col(RawTable.SOURCE_FILE)).over(window))
        .withColumn(KEPT_ROW, first(col(RawTable.ROW_NUMBER)).over(window))
        .withColumn(
            Validation.REASON,
            when(
                    duplicate,
                    concat(lit(text), col(KEPT_FILE), lit(" row "), col(KEPT_ROW).cast("string")))
                .otherwise(col(Validation.REASON)))
        .withColumn(
            Validation.REASON_CODE,
            when(duplicate, lit(code)).otherwise(col(Validation.REASON_CODE)))
        .drop(RANK, KEPT_FILE, KEPT_ROW);
  }

  private static Column accepted(List<String> key) {
    Column condition = col(Validation.REASON_CODE).isNull();
    for (String name : key) {
      condition = condition.and(col(name).isNotNull());
    }
    return condition;
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }
}
