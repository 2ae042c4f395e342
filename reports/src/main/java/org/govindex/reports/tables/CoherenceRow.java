package org.govindex.reports.tables;

import org.govindex.contract.Results;
import org.govindex.contract.Table;

/**
 * A row of {@link Results#INNOVATION_COHERENCE}: one statistical check of the index (correlation,
 * Cronbach's alpha, PCA).
 *
 * @param flag the flag code ({@link org.govindex.contract.Flag}), null when none
 */
public record CoherenceRow(
    String measure, String node, String first, String second, Double value, String flag) {

  static CoherenceRow from(Table.Row row) {
    return new CoherenceRow(
        row.string("measure"),
        row.string("node"),
        row.string("first"),
        row.string("second"),
        row.number("value"),
        RowValues.nonEmpty(row.string("flag")));
  }
}
