package org.govindex.jobs.ingest;

import java.io.Serializable;

/**
 * What a Spark task learnt about its file while reading it once: its SHA-256, the encoding it was
 * read with, and the rows it read, accepted and rejected (before the cross-file duplicate rules).
 */
record FileSummary(
    String relativePath, String sha256, String encoding, long rowsRead, long rowsAccepted)
    implements Serializable {

  long rowsRejected() {
    return rowsRead - rowsAccepted;
  }
}
