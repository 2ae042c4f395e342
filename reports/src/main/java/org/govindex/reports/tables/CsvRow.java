package org.govindex.reports.tables;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.govindex.reports.model.ReportDataException;

/**
 * One data row of a {@link CsvTable}, with typed access by column name. An empty field is null; a
 * column the file does not have reads as null too (required columns are checked when the table is
 * read). A field that is not of the expected type is a {@link ReportDataException} naming file,
 * line and column.
 */
public final class CsvRow {

  private final Path file;
  private final long line;
  private final Map<String, Integer> index;
  private final CSVRecord record;

  CsvRow(Path file, long line, Map<String, Integer> index, CSVRecord record) {
    this.file = file;
    this.line = line;
    this.index = index;
    this.record = record;
  }

  /** The text of a field, or null when empty or absent. */
  public String text(String column) {
    Integer i = index.get(column);
    if (i == null || i >= record.size()) {
      return null;
    }
    String value = record.get(i);
    return value == null || value.isEmpty() ? null : value;
  }

  /** The text of a required field. */
  public String requiredText(String column) {
    String value = text(column);
    if (value == null) {
      throw error(column, "is empty");
    }
    return value;
  }

  /** A number, or null when empty. */
  public Double number(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      double parsed = Double.parseDouble(value.trim());
      return Double.isNaN(parsed) ? null : parsed;
    } catch (NumberFormatException e) {
      throw error(column, "'" + value + "' is not a number");
    }
  }

  /** A whole number, or null when empty ({@code 3} and {@code 3.0} both read as 3). */
  public Integer integer(String column) {
    Double value = number(column);
    if (value == null) {
      return null;
    }
    if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
      throw error(column, "'" + text(column) + "' is not a whole number");
    }
    return value.intValue();
  }

  /** A whole number, 0 when empty. */
  public int count(String column) {
    Integer value = integer(column);
    return value == null ? 0 : value;
  }

  /** {@code true}/{@code false}, or null when empty. */
  public Boolean bool(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw error(column, "'" + value + "' is not true or false");
    };
  }

  /** The codes of a {@code ;}-separated flags field (empty list when empty). */
  public List<String> flags(String column) {
    String value = text(column);
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private ReportDataException error(String column, String problem) {
    return new ReportDataException(
        "Result table " + file + " line " + line + " column '" + column + "': " + problem);
  }
}
