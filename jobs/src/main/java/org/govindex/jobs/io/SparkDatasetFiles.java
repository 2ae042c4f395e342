package org.govindex.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.govindex.contract.Messages;

/**
 * Writes a Spark dataset as a Parquet folder with stable file names: Spark's {@code
 * part-00003-<uuid>-c000.snappy.parquet} become {@code part-00003.snappy.parquet} and its {@code
 * _SUCCESS} and checksum files are removed, and each file's footer is sorted ({@link
 * SortedParquetFooter}), so that the same rows in the same partitions give the same files, whatever
 * the run.
 */
public final class SparkDatasetFiles {

  private static final Pattern PART = Pattern.compile("^(part-\\d+)-.*?(\\.[a-z0-9]+)?\\.parquet$");

  private SparkDatasetFiles() {}

  /**
   * Writes the rows into {@code dir}, replacing it. Columns whose values are nearly all distinct
   * (identifiers, pseudonyms, times: {@link #distinctValued}) are written without a dictionary,
   * which would only cost time; the others keep Parquet's dictionary encoding.
   */
  public static void write(Dataset<Row> rows, Path dir) {
    org.apache.spark.sql.DataFrameWriter<Row> writer = rows.write().mode(SaveMode.Overwrite);
    for (org.apache.spark.sql.types.StructField f : rows.schema().fields()) {
      if (distinctValued(f)) {
        writer = writer.option("parquet.enable.dictionary#" + f.name(), "false");
      }
    }
    writer.parquet(dir.toString());
    tidy(dir);
  }

  /**
   * Identifiers ({@code *_id}), pseudonyms ({@code *_hash}), a file's row numbers ({@code
   * row_number}) and timestamps.
   */
  static boolean distinctValued(org.apache.spark.sql.types.StructField field) {
    String name = field.name();
    return name.endsWith("_id")
        || name.endsWith("_hash")
        || name.equals("row_number")
        || field.dataType() instanceof org.apache.spark.sql.types.TimestampType;
  }

  static void tidy(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        Matcher m = PART.matcher(name);
        if (m.matches()) {
          String suffix = m.group(2) == null ? "" : m.group(2);
          Path part = f.resolveSibling(m.group(1) + suffix + ".parquet");
          Files.move(f, part);
          SortedParquetFooter.apply(part);
        } else if (name.startsWith(".") || name.startsWith("_")) {
          Files.delete(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotClean", dir), e);
    }
  }

  /** The data files of a written folder, by name. */
  public static List<Path> parts(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotList", dir), e);
    }
  }
}
