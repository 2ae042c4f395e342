package org.govindex.reports.tables;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;

/**
 * A row of {@link Results#innovationIndex}: the innovation index of one unit in one year.
 *
 * @param period the year
 * @param level community, street or district
 * @param unitName the unit's name, its code when the table has none
 * @param dimensions dimension code → score (0-100), in column order
 * @param index level index (0-100) on the indicators with data that year; not comparable across
 *     years when the year lacks some indicators
 * @param trendIndex index on the indicators with data in every year (0-100): the comparable series
 * @param developmentIndex trendIndex relative to the base year (= 100)
 * @param change year-on-year change of trendIndex, with its 5-95% interval
 * @param rankMedian median rank over the Monte Carlo replications (nearest rank); rankP05/rankP95
 *     its 5%-95% interval (nearest-rank percentiles)
 */
public record InnovationRow(
    String period,
    UnitLevel level,
    String unitCode,
    String unitName,
    Map<String, Double> dimensions,
    Double index,
    Double trendIndex,
    Double developmentIndex,
    Double change,
    Boolean changeSignificant,
    Integer rank,
    Integer rankMedian,
    Integer rankP05,
    Integer rankP95) {

  public InnovationRow {
    dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
  }

  static InnovationRow from(Table.Row row, List<String> dimensionColumns) {
    Map<String, Double> dimensions = new LinkedHashMap<>();
    for (String column : dimensionColumns) {
      dimensions.put(column, row.number(column));
    }
    String code = row.string("unit_code");
    return new InnovationRow(
        row.string("period"),
        RowValues.level(row),
        code,
        RowValues.nameOr(row.string("unit_name"), code),
        dimensions,
        row.number("index"),
        row.number("trend_index"),
        row.number("development_index"),
        row.number("change"),
        row.bool("change_significant"),
        row.integer("rank"),
        row.integer("rank_median"),
        row.integer("rank_p05"),
        row.integer("rank_p95"));
  }
}
