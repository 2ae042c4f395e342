package org.govindex.jobs.ingest;

/**
 * Accounting of one input file: {@code rowsRead = rowsAccepted + rowsRejected} always holds.
 *
 * @param path path relative to the drop, with {@code /} separators
 * @param sha256 lowercase hex SHA-256 of the file bytes
 * @param encoding the text encoding it was read with ({@code UTF-8}, {@code GB18030}, {@code xlsx})
 */
public record InputFileReport(
    String path,
    String sha256,
    String encoding,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected) {

  public InputFileReport {
    if (rowsRead != rowsAccepted + rowsRejected) {
      throw new IllegalStateException(
          path
              + ": rows read ("
              + rowsRead
              + ") != accepted ("
              + rowsAccepted
              + ") + rejected ("
              + rowsRejected
              + ")");
    }
  }
}
