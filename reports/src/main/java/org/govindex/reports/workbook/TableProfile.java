package org.govindex.reports.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A result table as seen by a first pass over its CSV file: the column codes, the kind of each
 * column and the number of data rows. Only these are kept, never the rows, so tables of any length
 * can be profiled.
 *
 * @param name machine name of the table
 * @param file the CSV file
 * @param columns column codes in file order
 * @param profiles what the values of each column are like
 * @param kinds how each column is written
 * @param rowCount number of data rows
 */
record TableProfile(
    String name,
    Path file,
    List<String> columns,
    List<ColumnProfile> profiles,
    List<ColumnKind> kinds,
    long rowCount) {

  /** Reads {@code file} once and profiles its columns. */
  static TableProfile scan(String name, Path file) {
    try (CsvReader csv = CsvReader.open(file)) {
      List<String> columns = readHeader(csv);
      List<ColumnProfile> profiles = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        profiles.add(new ColumnProfile());
      }
      long rows = 0;
      for (List<String> record = csv.next(); record != null; record = csv.next()) {
        requireWidth(csv, record, columns.size());
        for (int i = 0; i < record.size(); i++) {
          profiles.get(i).observe(record.get(i));
        }
        rows++;
      }
      List<ColumnKind> kinds = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        kinds.add(ColumnKind.of(columns.get(i), profiles.get(i)));
      }
      return new TableProfile(
          name, file, List.copyOf(columns), List.copyOf(profiles), List.copyOf(kinds), rows);
    }
  }

  /** Reads and checks the header row: non-empty, distinct column codes. */
  static List<String> readHeader(CsvReader csv) {
    List<String> header = csv.next();
    if (header == null) {
      throw new TableFileException(csv.file(), "empty file, no header row");
    }
    Set<String> seen = new HashSet<>();
    for (String code : header) {
      if (code.isBlank()) {
        throw new TableFileException(csv.file(), csv.recordLine(), "empty column name in header");
      }
      if (!seen.add(code)) {
        throw new TableFileException(
            csv.file(), csv.recordLine(), "column " + code + " appears twice in header");
      }
    }
    return header;
  }

  /** Checks that a data record has as many fields as the header. */
  static void requireWidth(CsvReader csv, List<String> record, int width) {
    if (record.size() != width) {
      throw new TableFileException(
          csv.file(),
          csv.recordLine(),
          record.size() + " field(s) where the header has " + width + " column(s)");
    }
  }
}
