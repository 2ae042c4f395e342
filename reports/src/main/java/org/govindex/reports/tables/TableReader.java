package org.govindex.reports.tables;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.govindex.contract.ColumnSpec;
import org.govindex.contract.ColumnType;
import org.govindex.contract.Datasets;
import org.govindex.contract.Messages;
import org.govindex.contract.SpreadsheetText;
import org.govindex.contract.Table;
import org.govindex.contract.TableSpec;
import org.govindex.reports.model.ReportDataException;

/**
 * Reads a table from its CSV file (UTF-8, RFC 4180, a header row, the first field may start with a
 * byte order mark) against its contract {@link TableSpec}, into typed values: the one CSV reader of
 * the reports. Columns are found by name, never by position. The header must have every required
 * (non-nullable) column of the spec and no column the spec does not have; a nullable column the
 * file lacks reads as null (older outputs). An empty field is null; in a required {@code STRING}
 * column (such as {@code flags}) it is the empty text, since CSV cannot tell the two apart; in any
 * other required column it is an error. Numbers are decimal literals as {@link Double#toString}
 * writes them (finite); whole-number columns also accept an integral decimal such as {@code 3.0};
 * booleans are {@code true}/{@code false} in any case. A text cell is read back through {@link
 * SpreadsheetText#fromCsv} (the writers neutralise formula-like text).
 *
 * <p>Every problem is a {@link ReportDataException} naming the file, the data row (1-based, header
 * excluded) and the column.
 */
public final class TableReader {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

  private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+(?:\\.0*)?");

  private TableReader() {}

  /** Receives the rows of a table one at a time. */
  @FunctionalInterface
  public interface RowHandler {

    /**
     * One data row.
     *
     * @param row the 1-based data row (header excluded)
     * @param values the values in the spec's column order, each of its column's type or null
     */
    void row(long row, Object[] values);
  }

  /**
   * Reads all of {@code file} into a table of {@code spec}.
   *
   * @throws ReportDataException when the file is absent or unreadable, a required column is
   *     missing, or a field does not fit its column
   */
  public static Table read(Path file, TableSpec spec) {
    Table.Builder table = Table.builder(spec);
    stream(file, spec, (row, values) -> table.add(values));
    return table.build();
  }

  /**
   * Reads {@code file} row by row, so that tables of any length stream through in little memory.
   *
   * @return the number of data rows
   * @throws ReportDataException as {@link #read}
   */
  public static long stream(Path file, TableSpec spec, RowHandler handler) {
    requireReadableTypes(spec);
    try (Reader reader = open(file);
        CSVParser parser = FORMAT.parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header = header(file, next(file, records, 0));
      int[] source = sourceColumns(file, spec, header);
      long row = 0;
      for (CSVRecord record = next(file, records, 1); record != null; ) {
        row++;
        if (record.size() != header.size()) {
          throw new ReportDataException(
              Messages.text(
                  "reports.table.fieldCount",
                  where(file, row),
                  String.valueOf(record.size()),
                  String.valueOf(header.size())));
        }
        Object[] values = new Object[source.length];
        for (int c = 0; c < source.length; c++) {
          ColumnSpec column = spec.columns().get(c);
          values[c] = source[c] < 0 ? null : value(file, row, column, record.get(source[c]));
        }
        handler.row(row, values);
        record = next(file, records, row + 1);
      }
      return row;
    } catch (IOException e) {
      throw new ReportDataException(
          Messages.text("reports.table.unreadable", file, e.getMessage()));
    }
  }

  /**
   * The column names of the header row of {@code file}.
   *
   * @throws ReportDataException when the file is absent, empty or its header is not valid
   */
  public static List<String> header(Path file) {
    try (Reader reader = open(file);
        CSVParser parser = FORMAT.parse(reader)) {
      return header(file, next(file, parser.iterator(), 0));
    } catch (IOException e) {
      throw new ReportDataException(
          Messages.text("reports.table.unreadable", file, e.getMessage()));
    }
  }

  private static Reader open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ReportDataException(Messages.text("reports.table.notFound", file));
    }
    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  /** The next record, or null at the end; a malformed record names its data row (0: header). */
  private static CSVRecord next(Path file, Iterator<CSVRecord> records, long row) {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      String problem = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      throw new ReportDataException(
          Messages.text(
              "reports.table.notCsv",
              row == 0 ? Messages.text("reports.table.headerRow", file) : where(file, row),
              problem));
    }
  }

  private static List<String> header(Path file, CSVRecord record) {
    if (record == null) {
      throw new ReportDataException(Messages.text("reports.table.empty", file));
    }
    List<String> names = new ArrayList<>();
    for (String name : record) {
      names.add(names.isEmpty() && name.startsWith("\uFEFF") ? name.substring(1) : name);
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).isBlank()) {
        throw new ReportDataException(
            Messages.text("reports.table.columnNoName", file, String.valueOf(i + 1)));
      }
      if (seen.put(names.get(i), i) != null) {
        throw new ReportDataException(
            Messages.text("reports.table.columnTwice", file, names.get(i)));
      }
    }
    return List.copyOf(names);
  }

  /** For each column of the spec, its position in the file, or −1 for an absent nullable column. */
  private static int[] sourceColumns(Path file, TableSpec spec, List<String> header) {
    for (String name : header) {
      if (!spec.has(name)) {
        throw new ReportDataException(
            Messages.text("reports.table.unknownColumn", file, name, spec.name(), spec.names()));
      }
    }
    int[] source = new int[spec.columns().size()];
    for (int c = 0; c < source.length; c++) {
      ColumnSpec column = spec.columns().get(c);
      source[c] = header.indexOf(column.name());
      if (source[c] < 0 && !column.nullable()) {
        throw new ReportDataException(
            Messages.text("reports.table.missingColumn", file, column.name(), spec.name(), header));
      }
    }
    return source;
  }

  private static void requireReadableTypes(TableSpec spec) {
    for (ColumnSpec column : spec.columns()) {
      switch (column.type()) {
        case STRING, INT, LONG, DOUBLE, BOOLEAN -> {}
        default ->
            throw new ReportDataException(
                Messages.text(
                    "reports.table.typeNotRead", spec.name(), column.name(), column.type()));
      }
    }
  }

  private static Object value(Path file, long row, ColumnSpec column, String text) {
    if (text.isEmpty()) {
      if (column.nullable()) {
        return null;
      }
      if (column.type() == ColumnType.STRING) {
        return "";
      }
      throw cellError(file, row, column, Messages.text("reports.cell.empty"));
    }
    return switch (column.type()) {
      case STRING -> text(file, row, column, text);
      case DOUBLE -> decimal(file, row, column, text);
      case INT -> whole(file, row, column, text).intValue();
      case LONG -> whole(file, row, column, text);
      case BOOLEAN -> bool(file, row, column, text);
      default -> throw new IllegalStateException("unreadable type " + column.type());
    };
  }

  /**
   * A text cell, refused when longer than {@link Datasets#MAX_FIELD_CHARS}: ingestion rejects such
   * cells, so a longer one means a result table not written by govindex, and a report refuses it in
   * one line rather than typesetting it.
   */
  private static String text(Path file, long row, ColumnSpec column, String text) {
    if (text.length() > Datasets.MAX_FIELD_CHARS) {
      throw cellError(
          file,
          row,
          column,
          Messages.text(
              "reports.cell.tooLong",
              String.valueOf(text.length()),
              String.valueOf(Datasets.MAX_FIELD_CHARS)));
    }
    return SpreadsheetText.fromCsv(text);
  }

  private static Double decimal(Path file, long row, ColumnSpec column, String text) {
    if (!DECIMAL.matcher(text).matches()) {
      throw cellError(file, row, column, Messages.text("reports.cell.notNumber", text));
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw cellError(file, row, column, Messages.text("reports.cell.outOfRange", text));
    }
    return value;
  }

  private static Long whole(Path file, long row, ColumnSpec column, String text) {
    if (!WHOLE.matcher(text).matches()) {
      throw cellError(file, row, column, Messages.text("reports.cell.notWhole", text));
    }
    try {
      BigDecimal value = new BigDecimal(text);
      return column.type() == ColumnType.INT ? value.intValueExact() : value.longValueExact();
    } catch (ArithmeticException e) {
      throw cellError(file, row, column, Messages.text("reports.cell.outOfRange", text));
    }
  }

  private static Boolean bool(Path file, long row, ColumnSpec column, String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw cellError(file, row, column, Messages.text("reports.cell.notBoolean", text));
    };
  }

  private static String where(Path file, long row) {
    return Messages.text("reports.table.row", file, String.valueOf(row));
  }

  private static ReportDataException cellError(
      Path file, long row, ColumnSpec column, String problem) {
    return new ReportDataException(
        Messages.text(
            "reports.cell.error", where(file, row), column.name(), column.type(), problem));
  }
}
