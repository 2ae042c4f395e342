package org.govindex.reports.tables;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.govindex.reports.model.ReportDataException;

/**
 * A result table read from a UTF-8 CSV file with a header row. Fields are read by column name,
 * never by position; a missing required column is a {@link ReportDataException} naming the file and
 * the column.
 */
public final class CsvTable {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .get();

  private final Path file;
  private final List<String> columns;
  private final List<CsvRow> rows;

  private CsvTable(Path file, List<String> columns, List<CsvRow> rows) {
    this.file = file;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads {@code file} and checks that it has every column of {@code required}.
   *
   * @throws ReportDataException when the file cannot be read or a required column is missing
   */
  public static CsvTable read(Path file, List<String> required) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = FORMAT.parse(reader)) {
      List<String> columns = new ArrayList<>();
      for (String name : parser.getHeaderNames()) {
        columns.add(stripByteOrderMark(name));
      }
      for (String column : required) {
        if (!columns.contains(column)) {
          throw new ReportDataException(
              "Result table " + file + " has no column '" + column + "' (header: " + columns + ")");
        }
      }
      Map<String, Integer> index = new java.util.HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        index.putIfAbsent(columns.get(i), i);
      }
      List<CsvRow> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(new CsvRow(file, record.getRecordNumber() + 1, index, record));
      }
      return new CsvTable(file, columns, rows);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ReportDataException("Cannot read result table " + file + ": " + e.getMessage());
    }
  }

  private static String stripByteOrderMark(String name) {
    return name.startsWith("\uFEFF") ? name.substring(1) : name;
  }

  /** The file read. */
  public Path file() {
    return file;
  }

  /** Column names in header order. */
  public List<String> columns() {
    return columns;
  }

  /** The columns strictly between {@code after} and {@code before} in header order. */
  public List<String> columnsBetween(String after, String before) {
    int start = columns.indexOf(after);
    int end = columns.indexOf(before);
    if (start < 0 || end < 0 || end <= start) {
      throw new ReportDataException(
          "Result table "
              + file
              + ": expected column '"
              + after
              + "' before column '"
              + before
              + "'");
    }
    return columns.subList(start + 1, end);
  }

  /** The data rows. */
  public List<CsvRow> rows() {
    return rows;
  }

  /** Every row mapped by {@code mapper}, in file order. */
  public <T> List<T> map(Function<CsvRow, T> mapper) {
    return rows.stream().map(mapper).toList();
  }
}
