package org.govindex.jobs.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.govindex.contract.Messages;
import org.govindex.contract.SpreadsheetText;
import org.govindex.jobs.ingest.source.IngestionException;
import org.govindex.jobs.io.TableWriter;

/**
 * Writes {@code rejects.csv}: {@code file,row_number,reason_code,reason}, UTF-8 with a byte-order
 * mark like the result tables (so that Excel on Chinese Windows reads it as UTF-8), sorted; file
 * and reason texts neutralised for spreadsheets ({@link SpreadsheetText#forCsv}).
 */
public final class RejectsFile {

  public static final String NAME = "rejects.csv";

  private RejectsFile() {}

  /**
   * Writes the rejects in the order given, one at a time (however many there are), and returns
   * their number per reason code.
   */
  public static Map<String, Long> write(Path file, Iterator<Reject> sorted) {
    Map<String, Long> byReason = new TreeMap<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader("file", "row_number", "reason_code", "reason")
            .setRecordSeparator("\n")
            .get();
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(withBom(writer), format)) {
      while (sorted.hasNext()) {
        Reject reject = sorted.next();
        byReason.merge(reject.reasonCode(), 1L, Long::sum);
        printer.printRecord(
            SpreadsheetText.forCsv(reject.file()),
            reject.rowNumber(),
            reject.reasonCode(),
            SpreadsheetText.forCsv(reject.reason()));
      }
    } catch (IOException e) {
      throw new IngestionException(Messages.text("file.cannotWrite", file, e.getMessage()), e);
    }
    return byReason;
  }

  /** {@code writer} after the byte-order mark, ahead of the header the printer writes first. */
  private static Writer withBom(Writer writer) throws IOException {
    writer.write(TableWriter.BOM);
    return writer;
  }
}
