package org.govindex.reports.tables;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code innovation_index.csv}: the innovation index of one unit in one year.
 *
 * @param period the year
 * @param level community, street or district
 * @param dimensions dimension code → score (0-100), in column order
 * @param index level index (0-100)
 * @param developmentIndex index relative to the base year (= 100)
 * @param change year-on-year change of the index, with its 5-95% interval
 * @param rankMedian median rank over the Monte Carlo replications; rankP05/rankP95 its interval
 */
public record InnovationRow(
    String period,
    String level,
    String unitCode,
    String unitName,
    Map<String, Double> dimensions,
    Double index,
    Double trendIndex,
    Double developmentIndex,
    Double change,
    Double changeP05,
    Double changeP95,
    Boolean changeSignificant,
    Integer rank,
    Double rankMedian,
    Double rankP05,
    Double rankP95,
    Double population,
    List<String> flags) {

  static final List<String> REQUIRED =
      List.of("period", "level", "unit_code", "unit_name", "index", "rank");

  public InnovationRow {
    dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    flags = List.copyOf(flags);
  }

  /** The dimension columns of the table: every column between unit_name and index. */
  static List<String> dimensionColumns(CsvTable table) {
    return table.columnsBetween("unit_name", "index");
  }

  static InnovationRow from(CsvRow row, List<String> dimensionColumns) {
    Map<String, Double> dimensions = new LinkedHashMap<>();
    for (String column : dimensionColumns) {
      dimensions.put(column, row.number(column));
    }
    String code = row.requiredText("unit_code");
    return new InnovationRow(
        row.requiredText("period"),
        row.requiredText("level"),
        code,
        AppraisalRow.nameOr(row.text("unit_name"), code),
        dimensions,
        row.number("index"),
        row.number("trend_index"),
        row.number("development_index"),
        row.number("change"),
        row.number("change_p05"),
        row.number("change_p95"),
        row.bool("change_significant"),
        row.integer("rank"),
        row.number("rank_median"),
        row.number("rank_p05"),
        row.number("rank_p95"),
        row.number("population"),
        row.flags("flags"));
  }
}
