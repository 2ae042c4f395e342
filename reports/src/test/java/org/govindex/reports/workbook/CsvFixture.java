package org.govindex.reports.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A result table for tests, written as the jobs write it (UTF-8, RFC 4180 quoting, null as the
 * empty field). The rows here are the expected values: the workbook is compared with them, not with
 * anything the code under test parsed.
 */
record CsvFixture(String name, List<String> header, List<List<String>> rows) {

  static CsvFixture of(String name, String... header) {
    return new CsvFixture(name, List.of(header), new ArrayList<>());
  }

  /** Adds a row; a null value is a null field. */
  CsvFixture row(String... values) {
    if (values.length != header.size()) {
      throw new IllegalArgumentException("row width " + values.length + " != " + header.size());
    }
    rows.add(Arrays.asList(values));
    return this;
  }

  int column(String code) {
    int index = header.indexOf(code);
    if (index < 0) {
      throw new IllegalArgumentException("no column " + code);
    }
    return index;
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
    return Files.writeString(dir.resolve(name + ".csv"), csv, StandardCharsets.UTF_8);
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
