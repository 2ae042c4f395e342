package org.govindex.reports.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govindex.contract.Datasets;
import org.govindex.contract.Table;

/** A row of {@link Datasets#REJECTS}: one input row that was rejected, with its reason. */
public record RejectRow(String file, long rowNumber, String reasonCode, String reason) {

  static RejectRow from(Table.Row row) {
    return new RejectRow(
        row.string("file"),
        row.longValue("row_number"),
        row.string("reason_code"),
        row.string("reason"));
  }

  /** The rejects of {@code rejectsCsv}; empty when there is no such file. */
  public static List<RejectRow> read(Path rejectsCsv) {
    if (rejectsCsv == null || !Files.isRegularFile(rejectsCsv)) {
      return List.of();
    }
    return TableReader.read(rejectsCsv, Datasets.REJECTS).rows().stream()
        .map(RejectRow::from)
        .toList();
  }
}
