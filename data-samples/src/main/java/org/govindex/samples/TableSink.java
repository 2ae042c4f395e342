package org.govindex.samples;

import java.io.Closeable;
import java.io.IOException;

/** A table file being written: one header row, then data rows. */
interface TableSink extends Closeable {

  void header(String... cells) throws IOException;

  /** Writes one data row; the array may be reused by the caller after the call. */
  void row(String... cells) throws IOException;

  /** Data rows written so far (header excluded). */
  int rows();
}
