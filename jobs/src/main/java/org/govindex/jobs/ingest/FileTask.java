package org.govindex.jobs.ingest;

import java.io.Serializable;
import org.govindex.jobs.ingest.source.ColumnRewrite;

/**
 * One data file as a Spark task reads it.
 *
 * @param path the file's absolute path, readable from every executor
 * @param relativePath its path relative to the drop, as reasons and the manifest name it
 * @param xlsx whether it is a workbook (else CSV)
 * @param rewrite how its cells are brought to the contract (its source profile, its layout); null
 *     when they are read as written
 */
record FileTask(String path, String relativePath, boolean xlsx, ColumnRewrite rewrite)
    implements Serializable {

  /** A file read as written. */
  FileTask(String path, String relativePath, boolean xlsx) {
    this(path, relativePath, xlsx, null);
  }
}
