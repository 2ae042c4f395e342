package org.govindex.jobs.ingest.source;

import java.io.Closeable;
import java.util.List;

/**
 * The records of one data file, streamed: the header, then one data record at a time with its
 * 1-based row number (header excluded). Nothing but the current record is held in memory.
 */
public interface RecordSource extends Closeable {

  /** The header cells (a byte-order mark removed). */
  List<String> header();

  /** The next data record, or null at the end. */
  String[] next();

  /** The 1-based row number of the record last returned by {@link #next}. */
  long rowNumber();

  /**
   * Whether the record last returned by {@link #next} is the file's last and cut by its end
   * (mid-row or inside a quote), so not to be accepted.
   */
  default boolean truncated() {
    return false;
  }

  /**
   * Whether a record has exactly the fields the file gives it (CSV), so that a count different from
   * the header's is a defect; false when records are laid out to the header's width (XLSX).
   */
  default boolean fieldCountKnown() {
    return false;
  }

  /** The text encoding the file was read with ({@code UTF-8}, {@code GB18030}, or {@code xlsx}). */
  String encoding();
}
