package org.govindex.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Projects a 问卷星 export onto canonical columns: {@code source_file}, {@code row_number}, the
 * metadata columns in rule order, one column per item of the definition ("" when the file lacks
 * it), and {@code item_headers}: the header of each item in the file, joined by {@link #SEPARATOR}
 * (empty for an absent item), so answers are made only for present items and reasons name them.
 */
final class SurveyProjection {

  static final String SEPARATOR = "\u001F";
  static final String ITEM_HEADERS = "item_headers";

  private SurveyProjection() {}

  /**
   * @param metaRules metadata columns, located first
   * @param itemIndexes index of each item's column in the file, or -1 when absent
   */
  static Dataset<Row> project(
      RawTable table, List<ColumnRule> metaRules, Map<String, Integer> meta, int[] itemIndexes) {
    List<Column> select = new ArrayList<>();
    select.add(col(RawTable.SOURCE_FILE));
    select.add(col(RawTable.ROW_NUMBER));
    for (ColumnRule rule : metaRules) {
      Integer index = meta.get(rule.key());
      select.add((index == null ? lit("") : col(RawTable.cell(index))).as(rule.key()));
    }
    StringBuilder headers = new StringBuilder();
    for (int i = 0; i < itemIndexes.length; i++) {
      int index = itemIndexes[i];
      select.add((index < 0 ? lit("") : col(RawTable.cell(index))).as("item_" + i));
      headers.append(i == 0 ? "" : SEPARATOR).append(index < 0 ? "" : table.headers().get(index));
    }
    select.add(lit(headers.toString()).as(ITEM_HEADERS));
    return table.rows().select(select.toArray(Column[]::new));
  }

  /** Present items of a canonical row: their positions among the items. */
  static List<Integer> presentItems(String joinedHeaders) {
    String[] headers = joinedHeaders.split(SEPARATOR, -1);
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < headers.length; i++) {
      if (!headers[i].isEmpty()) {
        present.add(i);
      }
    }
    return present;
  }

  static String header(String joinedHeaders, int item) {
    return joinedHeaders.split(SEPARATOR, -1)[item];
  }
}
