package org.govindex.jobs.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One data file as read: its header cells and a DataFrame of string cells {@code c0..cN-1} with
 * {@code source_file} and the 1-based {@code row_number} (header excluded).
 */
public record RawTable(
    DropFile file, FileFingerprint fingerprint, List<String> headers, Dataset<Row> rows) {

  public static final String SOURCE_FILE = "source_file";
  public static final String ROW_NUMBER = "row_number";

  public static String cell(int index) {
    return "c" + index;
  }
}
