package org.govindex.reports.tables;

import java.util.List;

/**
 * A row of {@code innovation_coherence.csv}: one statistical check of the index (correlation,
 * Cronbach's alpha, PCA).
 */
public record CoherenceRow(
    String measure, String node, String first, String second, Double value, String flag) {

  static final List<String> REQUIRED = List.of("measure", "node", "value");

  static CoherenceRow from(CsvRow row) {
    return new CoherenceRow(
        row.requiredText("measure"),
        row.requiredText("node"),
        row.text("first"),
        row.text("second"),
        row.number("value"),
        row.text("flag"));
  }
}
