package org.govindex.jobs.ingest;

import java.util.Comparator;

/** One rejected row: file (drop-relative), 1-based row number, reason code and sentence. */
public record Reject(String file, long rowNumber, String reasonCode, String reason) {

  /** By file, then row number. */
  public static final Comparator<Reject> ORDER =
      Comparator.comparing(Reject::file).thenComparingLong(Reject::rowNumber);
}
