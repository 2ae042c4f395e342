package org.govindex.reports.model;

import org.govindex.contract.Messages;

/**
 * Row counts of one input file of the drop, as recorded in the run manifest.
 *
 * @param path path of the file relative to the drop
 * @param rowsRead data rows read
 * @param rowsAccepted rows accepted into a dataset
 * @param rowsRejected rows rejected (written to rejects.csv)
 */
public record InputFileSummary(String path, long rowsRead, long rowsAccepted, long rowsRejected) {

  public InputFileSummary {
    if (path == null || path.isBlank()) {
      throw new ReportDataException(Messages.text("reports.inputFile.noPath"));
    }
    if (rowsRead < 0 || rowsAccepted < 0 || rowsRejected < 0) {
      throw new ReportDataException(Messages.text("reports.inputFile.negativeRows", path));
    }
  }

  /** Whether rows read = rows accepted + rows rejected, as the output contract requires. */
  public boolean balanced() {
    return rowsRead == rowsAccepted + rowsRejected;
  }

  /** Rejected share of the rows read, in [0, 1]; null when no row was read. */
  public Double rejectedShare() {
    return rowsRead == 0 ? null : (double) rowsRejected / rowsRead;
  }
}
