package org.govindex.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a result table as {@code tables/<name>.csv} and {@code parquet/<name>/}. CSV keeps full
 * double precision ({@link Double#toString}, the shortest text that reads back to the same double);
 * null is the empty field. Result tables are small (one row per unit), so the CSV is written on the
 * driver; the Parquet copy is written by Spark.
 */
public final class TableWriter {

  private final Path tablesDir;
  private final Path parquetDir;

  public TableWriter(Path tablesDir, Path parquetDir) {
    this.tablesDir = tablesDir;
    this.parquetDir = parquetDir;
  }

  /** Writes both forms of the table; rows are ordered as the dataset is. */
  public void write(String name, Dataset<Row> table) {
    Dataset<Row> cached = table.cache();
    try {
      List<Row> rows = cached.collectAsList();
      writeCsv(tablesDir.resolve(name + ".csv"), cached.columns(), rows);
      cached
          .coalesce(1)
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(parquetDir.resolve(name).toString());
    } finally {
      cached.unpersist();
    }
  }

  /** Writes rows as UTF-8 CSV atomically (temporary file, then rename). */
  public static void writeCsv(Path file, String[] header, List<Row> rows) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
          CSVPrinter printer =
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader(header)
                  .setRecordSeparator('\n')
                  .get()
                  .print(out)) {
        List<String> cells = new ArrayList<>(header.length);
        for (Row row : rows) {
          cells.clear();
          for (int i = 0; i < header.length; i++) {
            cells.add(format(row.get(i)));
          }
          printer.printRecord(cells);
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The CSV text of one value: full precision numbers, ISO dates, empty for null. */
  public static String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return d.isNaN() ? "" : Double.toString(d);
    }
    if (value instanceof Float f) {
      return Double.toString(f.doubleValue());
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toString().replace('T', ' ');
    }
    if (value instanceof Date d) {
      return d.toLocalDate().toString();
    }
    return value.toString();
  }
}
