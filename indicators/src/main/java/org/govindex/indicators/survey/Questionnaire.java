package org.govindex.indicators.survey;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.govindex.contract.Messages;

/**
 * The questionnaire definition: the satisfaction items, how their column headers are recognised,
 * their level, dimension and weight, and the answer scale.
 *
 * <p>Loaded from a CSV table with the columns {@code item_code, level, dimension, weight,
 * header_pattern, item_name}; validated on load (duplicate codes, bad levels, non-positive weights,
 * empty patterns).
 */
public record Questionnaire(List<QuestionnaireItem> items, AnswerScale scale)
    implements java.io.Serializable {

  public Questionnaire {
    items = List.copyOf(items);
    Set<String> codes = new HashSet<>();
    for (QuestionnaireItem item : items) {
      if (!codes.add(item.code())) {
        throw new IllegalArgumentException(
            Messages.text("survey.questionnaire.duplicate-item", item.code()));
      }
    }
  }

  /** Parses the CSV table; {@code origin} names the source in error messages. */
  public static Questionnaire parse(Reader csv, String origin) {
    List<QuestionnaireItem> items = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try {
      for (CSVRecord row : format.parse(csv)) {
        long line = row.getRecordNumber() + 1;
        try {
          String pattern = cell(row, "header_pattern");
          if (pattern.isBlank()) {
            throw new IllegalArgumentException(
                Messages.text("survey.questionnaire.empty-header-pattern"));
          }
          items.add(
              new QuestionnaireItem(
                  cell(row, "item_code"),
                  ItemLevel.parse(cell(row, "level")),
                  cell(row, "dimension"),
                  weight(cell(row, "weight")),
                  pattern,
                  cell(row, "item_name")));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              Messages.text("survey.questionnaire.at-line", origin, line, e.getMessage()), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("survey.questionnaire.unreadable", origin), e);
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException(Messages.text("survey.questionnaire.empty", origin));
    }
    return new Questionnaire(items, AnswerScale.defaultScale());
  }

  /** The row's value in a column, refused when the table has no such column or the row no cell. */
  private static String cell(CSVRecord row, String column) {
    if (!row.isMapped(column)) {
      throw new IllegalArgumentException(
          Messages.text("survey.questionnaire.missing-column", column));
    }
    if (!row.isSet(column)) {
      throw new IllegalArgumentException(
          Messages.text("survey.questionnaire.short-row", column, row.size()));
    }
    return row.get(column);
  }

  private static double weight(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          Messages.text("survey.questionnaire.weight-not-number", text), e);
    }
  }

  /** The item whose pattern the header matches, if exactly one; ambiguity is an error. */
  public Optional<QuestionnaireItem> itemFor(String header) {
    List<QuestionnaireItem> hits = items.stream().filter(i -> i.matches(header)).toList();
    if (hits.size() > 1) {
      throw new IllegalArgumentException(
          Messages.text(
              "survey.header-ambiguous",
              header,
              String.join(", ", hits.stream().map(QuestionnaireItem::code).toList())));
    }
    return hits.stream().findFirst();
  }

  public List<QuestionnaireItem> itemsAt(ItemLevel level) {
    return items.stream().filter(i -> i.level() == level).toList();
  }
}
