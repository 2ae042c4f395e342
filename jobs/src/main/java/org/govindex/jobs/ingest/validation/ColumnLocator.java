package org.govindex.jobs.ingest.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.survey.HeaderText;
import org.govindex.jobs.ingest.source.IngestionException;

/**
 * Finds the columns of a file by normalised header text ({@link HeaderText#normalise}).
 *
 * <p>Equality rules are matched first; an equality rule with no equal header then takes the single
 * unclaimed header that contains its text; contains rules take the single unclaimed header that
 * contains their text. Several candidates, or a missing required column, is an error naming the
 * file and the column.
 */
public final class ColumnLocator {

  private ColumnLocator() {}

  /** Column index per rule key (absent optional columns are left out). */
  public static Map<String, Integer> locate(
      String file, List<String> headers, List<ColumnRule> rules) {
    List<String> normalised = headers.stream().map(HeaderText::normalise).toList();
    Map<String, Integer> found = new LinkedHashMap<>();
    Set<Integer> claimed = new HashSet<>();
    for (ColumnRule rule : rules) {
      if (!rule.contains()) {
        List<Integer> equal = new ArrayList<>();
        for (int i = 0; i < normalised.size(); i++) {
          if (normalised.get(i).equals(rule.normalisedText())) {
            equal.add(i);
          }
        }
        if (equal.size() > 1) {
          throw duplicateColumn(file, rule, equal, headers);
        }
        if (equal.size() == 1) {
          found.put(rule.key(), equal.get(0));
          claimed.add(equal.get(0));
        }
      }
    }
    for (ColumnRule rule : rules) {
      if (found.containsKey(rule.key())) {
        continue;
      }
      List<Integer> containing = new ArrayList<>();
      for (int i = 0; i < normalised.size(); i++) {
        if (!claimed.contains(i) && normalised.get(i).contains(rule.normalisedText())) {
          containing.add(i);
        }
      }
      if (containing.size() > 1) {
        throw duplicateColumn(file, rule, containing, headers);
      }
      if (containing.size() == 1) {
        found.put(rule.key(), containing.get(0));
        claimed.add(containing.get(0));
      } else if (rule.required()) {
        throw new IngestionException(
            Messages.text(
                rule.contains() ? "columns.missingContaining" : "columns.missingNamed",
                file,
                rule.text()));
      }
    }
    return found;
  }

  private static IngestionException duplicateColumn(
      String file, ColumnRule rule, List<Integer> indexes, List<String> headers) {
    List<String> names = indexes.stream().map(headers::get).toList();
    return new IngestionException(
        Messages.text("columns.several", file, rule.text(), Messages.list(names)));
  }
}
