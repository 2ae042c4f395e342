package org.govindex.jobs.ingest;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Per-file accounting (sorted by path) and the number of rejected rows per reason code. */
public record IngestionReport(List<InputFileReport> files, Map<String, Long> rejectsByReason) {

  public IngestionReport {
    files = List.copyOf(files);
    rejectsByReason = Collections.unmodifiableMap(new TreeMap<>(rejectsByReason));
  }

  /** The report of one file, by its drop-relative path. */
  public InputFileReport file(String path) {
    return files.stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no input file " + path));
  }
}
