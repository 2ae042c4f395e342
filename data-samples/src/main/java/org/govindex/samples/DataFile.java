package org.govindex.samples;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govindex.contract.Messages;

/** A data file of the drop being written, with the ledger of its planted defects. */
final class DataFile implements Closeable {

  private final Path drop;
  private final TableSink sink;
  private final FileLedger ledger;
  private GeneratedFile result;
  private boolean closed;

  private DataFile(Path drop, TableSink sink, FileLedger ledger) {
    this.drop = drop;
    this.sink = sink;
    this.ledger = ledger;
  }

  /**
   * @param numericColumn for XLSX, the column written as numbers (序号), or -1
   */
  static DataFile open(
      DropContext context,
      String relativePath,
      FileFormat format,
      boolean quoteAll,
      boolean crlf,
      int numericColumn)
      throws IOException {
    Path file = context.drop().resolve(relativePath);
    Files.createDirectories(file.getParent());
    TableSink sink =
        format == FileFormat.XLSX
            ? new XlsxSink(file, "Sheet1", context.packageTime(), numericColumn)
            : new CsvSink(file, format, quoteAll, crlf);
    return new DataFile(context.drop(), sink, new FileLedger(relativePath, format));
  }

  void header(String... cells) throws IOException {
    sink.header(cells);
  }

  /** Data rows written so far. */
  int rowsWritten() {
    return sink.rows();
  }

  /** Writes a clean row and returns its 1-based data row number. */
  int row(String... cells) throws IOException {
    sink.row(cells);
    return sink.rows();
  }

  /** Writes a row that carries a planted defect and records it. */
  int defectRow(DefectReason reason, String... cells) throws IOException {
    int rowNumber = row(cells);
    ledger.planted(reason, rowNumber);
    return rowNumber;
  }

  /** Closes the file and returns what was written. */
  GeneratedFile finish() throws IOException {
    if (!closed) {
      closed = true;
      int rows = sink.rows();
      sink.close();
      result = ledger.finish(drop, rows);
    }
    if (result == null) {
      throw new IOException(Messages.text("samples.file.incomplete"));
    }
    return result;
  }

  @Override
  public void close() throws IOException {
    finish();
  }
}
