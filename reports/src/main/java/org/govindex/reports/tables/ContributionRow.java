package org.govindex.reports.tables;

import java.util.List;

/**
 * A row of {@code appraisal_contributions.csv}: one component of a unit's total T.
 *
 * @param component {@code subjective}, {@code objective} or an indicator code
 * @param componentName Chinese name
 * @param componentType {@code part} (S, O) or {@code indicator}
 * @param weight share of T
 * @param score score of the component (0-100)
 * @param contribution weight × score, in points of T
 * @param levelMean mean score of the component over the units of the level
 */
public record ContributionRow(
    String level,
    String unitCode,
    String component,
    String componentName,
    String componentType,
    Double weight,
    Double score,
    Double contribution,
    Double levelMean) {

  static final List<String> REQUIRED =
      List.of(
          "level",
          "unit_code",
          "component",
          "component_name",
          "component_type",
          "weight",
          "score",
          "contribution",
          "level_mean");

  static ContributionRow from(CsvRow row) {
    return new ContributionRow(
        row.requiredText("level"),
        row.requiredText("unit_code"),
        row.requiredText("component"),
        AppraisalRow.nameOr(row.text("component_name"), row.requiredText("component")),
        row.text("component_type"),
        row.number("weight"),
        row.number("score"),
        row.number("contribution"),
        row.number("level_mean"));
  }

  /** Whether this is S or O rather than an indicator. */
  public boolean isPart() {
    return "part".equals(componentType);
  }

  /** Score minus the level mean, or null when either is missing. */
  public Double deltaToMean() {
    return score == null || levelMean == null ? null : score - levelMean;
  }
}
