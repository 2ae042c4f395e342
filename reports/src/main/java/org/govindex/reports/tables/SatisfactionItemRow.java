package org.govindex.reports.tables;

import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;

/**
 * A row of {@link Results#SATISFACTION_ITEMS}: one question of the satisfaction survey in one unit.
 *
 * @param score mean score of the scored answers (0-100), null when every answer was 不了解 or empty
 * @param levelMean mean score of the question over the units of the level, null when the table was
 *     written without it
 */
public record SatisfactionItemRow(
    UnitLevel level,
    String unitCode,
    String itemCode,
    Double score,
    long nScored,
    long nDontKnow,
    Double levelMean) {

  static SatisfactionItemRow from(Table.Row row) {
    return new SatisfactionItemRow(
        RowValues.level(row),
        row.string("unit_code"),
        row.string("item_code"),
        row.number("score"),
        row.longValue("n_scored"),
        row.longValue("n_dont_know"),
        row.number("level_mean"));
  }
}
