package org.govindex.jobs.ingest.source;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One data file of a drop: its absolute path, its path relative to the drop, the kind its header
 * was recognised as, the source profile that recognised it, how its cells are brought to the
 * contract, and its columns named neither by the contract nor by the profile (not read).
 */
public record DropFile(
    Path path,
    String relativePath,
    FileKind kind,
    String profile,
    ColumnRewrite rewrite,
    java.util.List<String> leftOut) {

  public DropFile {
    leftOut = java.util.List.copyOf(leftOut);
  }

  public boolean isXlsx() {
    return relativePath.toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }
}
