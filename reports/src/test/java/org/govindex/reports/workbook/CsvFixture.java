package org.govindex.reports.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.govindex.contract.TableSpec;

/**
 * A result table of a contract for tests, written as the jobs write it (UTF-8, RFC 4180 quoting,
 * null as the empty field), with all or some of the spec's columns. The rows here are the expected
 * values: the workbook is compared with them, not with anything the code under test parsed.
 */
record CsvFixture(TableSpec spec, List<String> header, List<List<String>> rows) {

  /** A fixture with every column of {@code spec}, in its order. */
  static CsvFixture of(TableSpec spec) {
    return new CsvFixture(spec, spec.names(), new ArrayList<>());
  }

  /** A fixture with the columns {@code header} of {@code spec}. */
  static CsvFixture of(TableSpec spec, String... header) {
    return new CsvFixture(spec, List.of(header), new ArrayList<>());
  }

  String name() {
    return spec.name();
  }

  /** The expected text of column {@code code} in row {@code row}; null when the file lacks it. */
  String value(int row, String code) {
    int index = header.indexOf(code);
    return index < 0 ? null : rows.get(row).get(index);
  }

  /** Adds a row; a null value is a null field. */
  CsvFixture row(String... values) {
    if (values.length != header.size()) {
      throw new IllegalArgumentException("row width " + values.length + " != " + header.size());
    }
    rows.add(Arrays.asList(values));
    return this;
  }

  /**
   * The sheet column of {@code code}: its position in the spec, when no label column precedes it.
   */
  int column(String code) {
    return spec.indexOf(code);
  }

  /** Writes {@code <dir>/<name>.csv} with LF line ends. */
  Path writeTo(Path dir) throws IOException {
    return writeTo(dir, "\n", false);
  }

  /** Writes {@code <dir>/<name>.csv} with the given line end, optionally with a byte order mark. */
  Path writeTo(Path dir, String lineEnd, boolean byteOrderMark) throws IOException {
    StringBuilder csv = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
    csv.append(line(header)).append(lineEnd);
    for (List<String> row : rows) {
      csv.append(line(row)).append(lineEnd);
    }
    return Files.writeString(dir.resolve(spec.csvFileName()), csv, StandardCharsets.UTF_8);
  }

  private static String line(List<String> values) {
    List<String> fields = new ArrayList<>();
    for (String value : values) {
      fields.add(field(value));
    }
    return String.join(",", fields);
  }

  private static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote =
        value.contains(",")
            || value.contains("\"")
            || value.contains("\n")
            || value.contains("\r")
            || value.startsWith(" ")
            || value.endsWith(" ");
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
