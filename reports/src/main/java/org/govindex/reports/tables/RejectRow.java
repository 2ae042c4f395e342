package org.govindex.reports.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A row of {@code rejects.csv}: one input row that was rejected, with its reason. */
public record RejectRow(String file, Integer rowNumber, String reasonCode, String reason) {

  static final List<String> REQUIRED = List.of("file", "row_number", "reason_code", "reason");

  static RejectRow from(CsvRow row) {
    return new RejectRow(
        row.requiredText("file"),
        row.integer("row_number"),
        row.requiredText("reason_code"),
        row.text("reason"));
  }

  /** The rejects of {@code rejectsCsv}; empty when the file does not exist. */
  public static List<RejectRow> read(Path rejectsCsv) {
    if (rejectsCsv == null || !Files.isRegularFile(rejectsCsv)) {
      return List.of();
    }
    return CsvTable.read(rejectsCsv, REQUIRED).map(RejectRow::from);
  }
}
