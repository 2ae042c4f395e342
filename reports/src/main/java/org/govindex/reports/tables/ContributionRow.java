package org.govindex.reports.tables;

import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;

/**
 * A row of {@link Results#APPRAISAL_CONTRIBUTIONS}: one component of a unit's total T.
 *
 * @param component {@code subjective}, {@code objective} or an indicator code
 * @param componentName Chinese name, the code when the table has none
 * @param componentType {@value #PART} (S, O) or {@code indicator}
 * @param weight share of T
 * @param score score of the component (0-100)
 * @param contribution weight × score, in points of T
 * @param levelMean mean score of the component over the units of the level
 */
public record ContributionRow(
    UnitLevel level,
    String unitCode,
    String component,
    String componentName,
    String componentType,
    Double weight,
    Double score,
    Double contribution,
    Double levelMean) {

  /** The component type of S and O. */
  public static final String PART = "part";

  static ContributionRow from(Table.Row row) {
    String component = row.string("component");
    return new ContributionRow(
        RowValues.level(row),
        row.string("unit_code"),
        component,
        RowValues.nameOr(row.string("component_name"), component),
        row.string("component_type"),
        row.number("weight"),
        row.number("score"),
        row.number("contribution"),
        row.number("level_mean"));
  }

  /** Whether this is S or O rather than an indicator. */
  public boolean isPart() {
    return PART.equals(componentType);
  }

  /** Score minus the level mean, or null when either is missing. */
  public Double deltaToMean() {
    return score == null || levelMean == null ? null : score - levelMean;
  }
}
