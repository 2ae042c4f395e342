package org.govindex.reports.tables;

import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;

/** A row of {@link Results#INDICATOR_VALUES}: one objective indicator of one unit. */
public record IndicatorValueRow(
    UnitLevel level,
    String unitCode,
    String indicatorCode,
    Double rawValue,
    Double normalizedScore) {

  static IndicatorValueRow from(Table.Row row) {
    return new IndicatorValueRow(
        RowValues.level(row),
        row.string("unit_code"),
        row.string("indicator_code"),
        row.number("raw_value"),
        row.number("normalized_score"));
  }
}
