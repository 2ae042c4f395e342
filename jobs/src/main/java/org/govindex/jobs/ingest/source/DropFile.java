package org.govindex.jobs.ingest.source;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One data file of a drop: its absolute path, its path relative to the drop, the kind its header
 * was recognised as, the source profile that recognised it and how its cells are brought to the
 * contract.
 */
public record DropFile(
    Path path, String relativePath, FileKind kind, String profile, ColumnRewrite rewrite) {

  public boolean isXlsx() {
    return relativePath.toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }
}
