package org.govindex.jobs.ingest;

import java.io.Serializable;

/**
 * A rejected input row as a Spark task reports it: where it is, why, and the values its validator
 * could still read (in the validator's schema order; null when none), which a survey's metadata
 * dataset keeps.
 */
record RejectedRow(String file, long rowNumber, String reasonCode, String reason, Object[] salvaged)
    implements Serializable {

  Reject reject() {
    return new Reject(file, rowNumber, reasonCode, reason);
  }
}
