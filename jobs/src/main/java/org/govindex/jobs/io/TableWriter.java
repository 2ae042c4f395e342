package org.govindex.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.govindex.contract.Messages;
import org.govindex.contract.SpreadsheetText;
import org.govindex.contract.Table;

/**
 * Writes a result table as {@code tables/<name>.csv} and {@code parquet/<name>/}, each atomically
 * (a temporary name, then a rename). CSV: UTF-8 with a byte-order mark (so that Excel on Chinese
 * Windows reads it), the header row of the contract's column names, full double precision ({@link
 * Double#toString}, the shortest text that reads back to the same double), null as the empty field,
 * ISO dates and {@code yyyy-MM-dd HH:mm:ss} times; text that a spreadsheet could evaluate is
 * neutralised ({@link SpreadsheetText#forCsv}), numbers stay numbers.
 */
public final class TableWriter {

  private final Path tablesDir;
  private final Path parquetDir;

  public TableWriter(Path tablesDir, Path parquetDir) {
    this.tablesDir = tablesDir;
    this.parquetDir = parquetDir;
  }

  /** Writes both forms of the table, rows in table order. */
  public void write(Table table) {
    writeCsv(tablesDir.resolve(table.spec().csvFileName()), table);
    Path tmp = parquetDir.resolve(table.spec().name() + ".tmp");
    ParquetTables.write(table, tmp);
    Path done = parquetDir.resolve(table.spec().name());
    RunFiles.deleteRecursively(done);
    RunFiles.move(tmp, done);
  }

  /** The byte-order mark that makes Excel on Chinese Windows read the file as UTF-8. */
  public static final char BOM = '\uFEFF';

  private static Writer writeBom(Writer out) throws IOException {
    out.write(BOM);
    return out;
  }

  /** Writes the table as UTF-8 CSV with a byte-order mark (for Excel), atomically. */
  public static void writeCsv(Path file, Table table) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    List<String> header = table.spec().names();
    try {
      Files.createDirectories(file.getParent());
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
          CSVPrinter printer =
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader(header.toArray(String[]::new))
                  .setRecordSeparator('\n')
                  .get()
                  .print(writeBom(out))) {
        List<String> cells = new ArrayList<>(header.size());
        for (int r = 0; r < table.size(); r++) {
          cells.clear();
          for (int c = 0; c < header.size(); c++) {
            cells.add(format(table.value(r, c)));
          }
          printer.printRecord(cells);
        }
      }
      RunFiles.move(tmp, file);
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotWritePlain", file), e);
    }
  }

  /** The CSV text of one value: full precision numbers, ISO dates, safe text, empty for null. */
  public static String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return d.isNaN() ? "" : Double.toString(d);
    }
    if (value instanceof LocalDateTime t) {
      return t.toString().replace('T', ' ');
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof String text) {
      return SpreadsheetText.forCsv(text);
    }
    return value.toString();
  }
}
