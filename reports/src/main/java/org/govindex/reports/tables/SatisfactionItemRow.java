package org.govindex.reports.tables;

import java.util.List;

/** A row of {@code satisfaction_items.csv}: one questionnaire item of one unit. */
public record SatisfactionItemRow(
    String level, String unitCode, String itemCode, Double score, int nScored, int nDontKnow) {

  static final List<String> REQUIRED =
      List.of("level", "unit_code", "item_code", "score", "n_scored", "n_dont_know");

  static SatisfactionItemRow from(CsvRow row) {
    return new SatisfactionItemRow(
        row.requiredText("level"),
        row.requiredText("unit_code"),
        row.requiredText("item_code"),
        row.number("score"),
        row.count("n_scored"),
        row.count("n_dont_know"));
  }
}
