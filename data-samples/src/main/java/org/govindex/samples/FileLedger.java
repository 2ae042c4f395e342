package org.govindex.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Records the planted defects of one file while it is written. */
final class FileLedger {

  private final String relativePath;
  private final FileFormat format;
  private final Map<DefectReason, List<Integer>> defectRows = new EnumMap<>(DefectReason.class);

  FileLedger(String relativePath, FileFormat format) {
    this.relativePath = relativePath;
    this.format = format;
  }

  /** Notes that data row {@code rowNumber} (1-based) carries {@code reason}. */
  void planted(DefectReason reason, int rowNumber) {
    defectRows.computeIfAbsent(reason, r -> new ArrayList<>()).add(rowNumber);
  }

  GeneratedFile finish(Path drop, int rows) throws IOException {
    long bytes = Files.size(drop.resolve(relativePath));
    return new GeneratedFile(relativePath, format, rows, bytes, defectRows);
  }
}
