package org.govindex.jobs.ingest.source;

import java.nio.file.Path;
import java.util.Locale;

/** One data file of a drop: its absolute path, its path relative to the drop and its kind. */
public record DropFile(Path path, String relativePath, FileKind kind) {

  public boolean isXlsx() {
    return relativePath.toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }
}
