package org.govindex.reports.tables;

import java.util.List;

/** A row of {@code indicator_values.csv}: one objective indicator of one unit. */
public record IndicatorValueRow(
    String level,
    String unitCode,
    String indicatorCode,
    Double rawValue,
    Double normalizedScore,
    Double denominator,
    List<String> flags) {

  static final List<String> REQUIRED =
      List.of("level", "unit_code", "indicator_code", "raw_value", "normalized_score");

  public IndicatorValueRow {
    flags = List.copyOf(flags);
  }

  static IndicatorValueRow from(CsvRow row) {
    return new IndicatorValueRow(
        row.requiredText("level"),
        row.requiredText("unit_code"),
        row.requiredText("indicator_code"),
        row.number("raw_value"),
        row.number("normalized_score"),
        row.number("denominator"),
        row.flags("flags"));
  }
}
